"use server";

import { refresh } from "next/cache";
import { formValues, toFailure, type ActionResult } from "@/lib/shared/action-result";
import type { OneTimeCredential } from "@/lib/users/credentials";
import {
  changeRole,
  createStaff,
  deactivateStaff,
  reactivateStaff,
  resetPassword,
} from "@/lib/users/mutations";
import type { StaffCreateInput } from "@/lib/users/schema";

export type StaffResult = ActionResult<{ credential?: OneTimeCredential; email?: string }>;
const FIELDS = ["name", "email", "role", "credential"] as const;

// Create a staff account and show its temporary password or set-password link once.
export async function createStaffAction(
  _prev: StaffResult | null,
  formData: FormData,
): Promise<StaffResult> {
  try {
    const { user, credential } = await createStaff(
      formValues(formData, FIELDS) as unknown as StaffCreateInput,
    );
    refresh();
    return {
      ok: true,
      message: `Created the account for ${user.name}.`,
      credential,
      email: user.email,
    };
  } catch (error) {
    return toFailure(error, formValues(formData, FIELDS));
  }
}

// One staff row's buttons: change role, deactivate, reactivate, reset password (password or link).
export async function staffRowAction(
  _prev: StaffResult | null,
  formData: FormData,
): Promise<StaffResult> {
  const userId = String(formData.get("userId") ?? "");
  const intent = String(formData.get("intent") ?? "");
  try {
    let result: StaffResult = { ok: true };
    if (intent === "role") {
      await changeRole({ userId, role: String(formData.get("role") ?? "") });
      result = { ok: true, message: "Role changed; their open sessions ended." };
    } else if (intent === "deactivate") {
      await deactivateStaff({ userId });
      result = { ok: true, message: "Deactivated; their open sessions ended." };
    } else if (intent === "reactivate") {
      await reactivateStaff({ userId });
      result = { ok: true, message: "Reactivated." };
    } else if (intent === "reset-password" || intent === "reset-link") {
      const credential = await resetPassword({
        userId,
        credential: intent === "reset-link" ? "link" : "password",
      });
      result = { ok: true, message: "Password reset; their open sessions ended.", credential };
    } else {
      return { ok: false, message: "Unknown action.", fieldErrors: {} };
    }
    refresh();
    return result;
  } catch (error) {
    return toFailure(error);
  }
}
