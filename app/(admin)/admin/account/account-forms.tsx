"use client";

import { useAdminForm } from "@/components/admin/use-admin-form";
import { AdminForm, Field } from "@/components/admin/field";
import { NewPasswordFields } from "@/components/admin/new-password-fields";
import { changePasswordAction, updateNameAction } from "./actions";

export function NameForm({ name }: { name: string }) {
  const form = useAdminForm(updateNameAction);
  const { state } = form;
  return (
    <AdminForm form={form} submit="Save name" busy="Saving…">
      <Field name="name" label="Name" errors={form.errors.name}>
        {(p) => (
          <input
            {...p}
            defaultValue={(state && !state.ok ? state.values?.name : undefined) ?? name}
            autoComplete="name"
          />
        )}
      </Field>
    </AdminForm>
  );
}

export function PasswordForm({ minLength }: { minLength: number }) {
  const form = useAdminForm(changePasswordAction);
  return (
    <AdminForm form={form} submit="Change password" busy="Changing…">
      <Field name="currentPassword" label="Current password" errors={form.errors.currentPassword}>
        {(p) => <input {...p} type="password" autoComplete="current-password" />}
      </Field>
      <NewPasswordFields errors={form.errors} minLength={minLength} />
      <p className="muted">
        You will be signed out everywhere and sign in again with the new password.
      </p>
    </AdminForm>
  );
}
