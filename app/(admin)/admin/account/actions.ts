"use server";

import { refresh } from "next/cache";
import { formValues, toActionResult, type ActionResult } from "@/lib/shared/action-result";
import { signOut } from "@/lib/auth/auth";
import { changeOwnPassword, updateOwnName } from "@/lib/users/account";

// Change one's own display name.
export async function updateNameAction(
  _prev: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  try {
    await updateOwnName({ name: String(formData.get("name") ?? "") });
    refresh();
    return { ok: true, message: "Name saved." };
  } catch (error) {
    return toActionResult(error, formValues(formData, ["name"]));
  }
}

// Change one's own password; every session ends, so sign in again with the new one.
export async function changePasswordAction(
  _prev: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  try {
    await changeOwnPassword({
      currentPassword: String(formData.get("currentPassword") ?? ""),
      newPassword: String(formData.get("newPassword") ?? ""),
      confirmPassword: String(formData.get("confirmPassword") ?? ""),
    });
  } catch (error) {
    return toActionResult(error);
  }
  await signOut({ redirectTo: "/login?changed=password" });
  return { ok: true };
}
