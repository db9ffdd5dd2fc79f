"use client";

import { Field } from "./field";

// The new password, twice: the account page and the set-password link ask for it the same way.
export function NewPasswordFields({
  errors,
  minLength,
}: {
  errors: Record<string, string[] | undefined>;
  minLength: number;
}) {
  return (
    <>
      <Field
        name="newPassword"
        label="New password"
        errors={errors.newPassword}
        hint={`At least ${minLength} characters.`}
      >
        {(p) => <input {...p} type="password" autoComplete="new-password" />}
      </Field>
      <Field name="confirmPassword" label="New password again" errors={errors.confirmPassword}>
        {(p) => <input {...p} type="password" autoComplete="new-password" />}
      </Field>
    </>
  );
}
