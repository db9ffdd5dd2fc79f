"use client";

import { useAdminForm } from "@/components/admin/use-admin-form";
import { Field, FormMessage } from "@/components/admin/field";
import { deleteTagAction } from "../actions";

// Deleting a tag that stories use needs a tag to move them to (that is a merge of one).
export function DeleteTagForm({ id, name, uses }: { id: string; name: string; uses: number }) {
  const { state, action, pending, errors } = useAdminForm(deleteTagAction);
  return (
    <form
      action={action}
      noValidate
      onSubmit={(e) => {
        if (!window.confirm(`Delete the tag “${name}”?`)) e.preventDefault();
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <Field
        name="moveTo"
        label="Move its stories to"
        errors={errors.moveTo}
        hint={
          uses > 0
            ? `${uses} ${uses === 1 ? "story uses" : "stories use"} this tag: name the tag (slug or name) to move them to.`
            : "Optional: no story lists this tag."
        }
      >
        {(p) => <input {...p} defaultValue={state && !state.ok ? state.values?.moveTo : ""} />}
      </Field>
      <button type="submit" className="danger" disabled={pending}>
        {pending ? "Deleting…" : "Delete tag"}
      </button>
    </form>
  );
}
