"use client";

import { useState } from "react";
import { useAdminForm } from "@/components/admin/use-admin-form";
import type { ActionResult } from "@/lib/shared/action-result";
import { Field, FormMessage } from "@/components/admin/field";
import { slugify } from "@/lib/shared/slug";
import type { Tag } from "@/lib/db/generated/browser";
import { KindOptions } from "./kind-options";

type Action = (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;
export type TagFormValues = Pick<Tag, "name" | "slug" | "kind" | "description" | "aliases"> & {
  id?: string;
};

// Create or edit a tag. The slug follows the name until the admin edits the slug itself.
export function TagForm({
  action,
  tag,
  submitLabel,
}: {
  action: Action;
  tag?: TagFormValues;
  submitLabel: string;
}) {
  const { state, action: formAction, pending, errors } = useAdminForm(action);
  const values = state && !state.ok ? state.values : undefined;
  const [slugTouched, setSlugTouched] = useState(!!tag);
  const [slug, setSlug] = useState(values?.slug ?? tag?.slug ?? "");
  return (
    <form action={formAction} className="admin-form" noValidate>
      <FormMessage state={state} />
      {tag?.id && <input type="hidden" name="id" value={tag.id} />}
      <Field name="name" label="Name" errors={errors.name}>
        {(p) => (
          <input
            {...p}
            required
            maxLength={200}
            defaultValue={values?.name ?? tag?.name}
            onChange={(e) => {
              if (!slugTouched) setSlug(slugify(e.target.value));
            }}
          />
        )}
      </Field>
      <Field
        name="slug"
        label="Slug"
        errors={errors.slug}
        hint={
          tag
            ? "Changing it keeps the old address redirecting here."
            : "Made from the name; you may change it."
        }
      >
        {(p) => (
          <input
            {...p}
            value={slug}
            onChange={(e) => {
              setSlugTouched(true);
              setSlug(e.target.value);
            }}
          />
        )}
      </Field>
      <Field name="kind" label="Kind" errors={errors.kind}>
        {(p) => (
          <select {...p} defaultValue={values?.kind ?? tag?.kind ?? "TOPIC"}>
            <KindOptions />
          </select>
        )}
      </Field>
      <Field
        name="description"
        label="Description"
        errors={errors.description}
        hint="Shown on the tag's public page."
      >
        {(p) => <textarea {...p} rows={3} defaultValue={values?.description ?? tag?.description} />}
      </Field>
      <Field
        name="aliases"
        label="Aliases"
        errors={errors.aliases}
        hint="Other spellings the tag picker also finds, one per line."
      >
        {(p) => (
          <textarea {...p} rows={3} defaultValue={values?.aliases ?? tag?.aliases.join("\n")} />
        )}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
