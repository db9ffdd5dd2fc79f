"use client";

import { useAdminForm } from "@/components/admin/use-admin-form";
import { Field, FormMessage } from "@/components/admin/field";
import { NewPasswordFields } from "@/components/admin/new-password-fields";
import { changePasswordAction, updateNameAction } from "./actions";

export function NameForm({ name }: { name: string }) {
  const { state, action, pending, errors } = useAdminForm(updateNameAction);
  return (
    <form action={action} className="admin-form" noValidate>
      <FormMessage state={state} />
      <Field name="name" label="Name" errors={errors.name}>
        {(p) => (
          <input
            {...p}
            defaultValue={(state && !state.ok ? state.values?.name : undefined) ?? name}
            autoComplete="name"
          />
        )}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save name"}
      </button>
    </form>
  );
}

export function PasswordForm({ minLength }: { minLength: number }) {
  const { state, action, pending, errors } = useAdminForm(changePasswordAction);
  return (
    <form action={action} className="admin-form" noValidate>
      <FormMessage state={state} />
      <Field name="currentPassword" label="Current password" errors={errors.currentPassword}>
        {(p) => <input {...p} type="password" autoComplete="current-password" />}
      </Field>
      <NewPasswordFields errors={errors} minLength={minLength} />
      <p className="muted">
        You will be signed out everywhere and sign in again with the new password.
      </p>
      <button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
