"use client";

import { useAdminForm } from "@/components/admin/use-admin-form";
import { Field, FormMessage } from "@/components/admin/field";
import { mergeTagsAction } from "./actions";

// Merges the tags ticked in the table (checkboxes tied to this form by its id) into one named tag.
export function MergeForm({
  formId,
  defaultTarget = "",
  label = "Merge the ticked tags into",
  after,
}: {
  formId: string;
  defaultTarget?: string;
  label?: string;
  after?: "duplicates";
}) {
  const { state, action, pending, errors } = useAdminForm(mergeTagsAction);
  return (
    <form id={formId} action={action} noValidate>
      <FormMessage state={state} />
      {after && <input type="hidden" name="after" value={after} />}
      <div className="admin-toolbar">
        <Field
          name={`${formId}-target`}
          label={label}
          errors={errors.target}
          hint="The surviving tag's slug or name."
        >
          {(p) => (
            <input
              {...p}
              name="target"
              defaultValue={
                (state && !state.ok ? state.values?.target : undefined) ?? defaultTarget
              }
            />
          )}
        </Field>
        <button type="submit" disabled={pending}>
          {pending ? "Merging…" : "Merge"}
        </button>
      </div>
      {errors.sourceIds && <p className="field-error">{errors.sourceIds[0]}</p>}
    </form>
  );
}
