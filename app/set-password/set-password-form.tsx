"use client";

import { useAdminForm } from "@/components/admin/use-admin-form";
import { FormMessage } from "@/components/admin/field";
import { NewPasswordFields } from "@/components/admin/new-password-fields";
import { setPasswordAction } from "./actions";

export function SetPasswordForm({ token, minLength }: { token: string; minLength: number }) {
  const { state, action, pending, errors } = useAdminForm(setPasswordAction);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields errors={errors} minLength={minLength} />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Set password"}
        </button>
      </p>
    </form>
  );
}
