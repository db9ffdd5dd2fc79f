"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/components/admin/action-result";
import { Field, FormMessage } from "@/components/admin/field";
import { setPasswordAction } from "./actions";

export function SetPasswordForm({ token, minLength }: { token: string; minLength: number }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(setPasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <Field name="newPassword" label="New password" errors={errors.newPassword} hint={`At least ${minLength} characters.`}>
        {(p) => <input {...p} type="password" autoComplete="new-password" />}
      </Field>
      <Field name="confirmPassword" label="New password again" errors={errors.confirmPassword}>
        {(p) => <input {...p} type="password" autoComplete="new-password" />}
      </Field>
      <p><button type="submit" disabled={pending}>{pending ? "Saving…" : "Set password"}</button></p>
    </form>
  );
}
