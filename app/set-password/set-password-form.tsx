"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/shared/action-result";
import { FormMessage } from "@/components/admin/field";
import { NewPasswordFields } from "@/components/admin/new-password-fields";
import { setPasswordAction } from "./actions";

export function SetPasswordForm({ token, minLength }: { token: string; minLength: number }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(
    setPasswordAction,
    null,
  );
  const errors = state && !state.ok ? state.fieldErrors : {};
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
