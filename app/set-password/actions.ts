"use server";

import { redirect } from "next/navigation";
import { formValues, toFailure, type ActionResult } from "@/lib/shared/action-result";
import { setPasswordWithToken } from "@/lib/users/account";

// Signed out: choose a password with a one-time link from an admin, then sign in.
export async function setPasswordAction(
  _prev: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  try {
    await setPasswordWithToken(formValues(formData, ["token", "newPassword", "confirmPassword"]));
  } catch (error) {
    return toFailure(error);
  }
  redirect("/login?changed=password");
}
