"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/shared/action-result";
import type { FieldErrors } from "@/lib/shared/errors";

/**
 * An admin form's server action, through useActionState: its last result, the action to post, whether
 * it is posting, and the refusal's errors by field (none until a refusal).
 */
export function useAdminForm<S extends ActionResult>(
  serverAction: (prev: S | null, formData: FormData) => Promise<S | null>,
) {
  const [state, action, pending] = useActionState<S | null, FormData>(serverAction, null);
  const errors: FieldErrors = state && !state.ok ? state.fieldErrors : {};
  return { state, action, pending, errors };
}
