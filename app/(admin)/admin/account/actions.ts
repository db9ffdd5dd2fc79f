"use server";

import { refresh } from "next/cache";
import { formValues, toFailure, type ActionResult } from "@/lib/shared/action-result";
import { signOut } from "@/lib/auth/auth";
import type { Enrolment } from "@/lib/auth/sign-in";
import {
  confirmEnrolment,
  disableTwoFactor,
  setReportersNeedTwoFactor,
  signOutEverywhere,
  startEnrolment,
} from "@/lib/auth/two-factor";
import { changeOwnPassword, updateOwnName } from "@/lib/users/account";

/** Run a change; once it is done, refresh the page and say so. A refusal is the form's failure. */
async function changeAndRefresh(
  change: () => Promise<unknown>,
  message: string,
  values?: Record<string, string>,
): Promise<ActionResult> {
  try {
    await change();
  } catch (error) {
    return toFailure(error, values);
  }
  refresh();
  return { ok: true, message };
}

// Change one's own display name.
export async function updateNameAction(
  _prev: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const name = String(formData.get("name") ?? "");
  return changeAndRefresh(() => updateOwnName({ name }), "Name saved.", { name });
}

// Change one's own password; every session ends, so sign in again with the new one.
export async function changePasswordAction(
  _prev: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  try {
    await changeOwnPassword(
      formValues(formData, ["currentPassword", "newPassword", "confirmPassword"]),
    );
  } catch (error) {
    return toFailure(error);
  }
  await signOut({ redirectTo: "/login?changed=password" });
  return { ok: true };
}

export type EnrolState =
  | (ActionResult & { challenge?: undefined; enrolment?: undefined })
  | {
      ok: true;
      message?: string;
      challenge: string;
      enrolment: Enrolment;
      /** A wrong code while the enrolment stays on screen. */
      codeErrors?: string[];
    };

// Start setting up an authenticator app: a QR code and recovery codes, in force once confirmed.
export async function startEnrolmentAction(): Promise<EnrolState> {
  try {
    return { ok: true, ...(await startEnrolment()) };
  } catch (error) {
    return toFailure(error);
  }
}

// Confirm the app with its first code.
export async function confirmEnrolmentAction(
  prev: EnrolState | null,
  formData: FormData,
): Promise<EnrolState> {
  try {
    await confirmEnrolment(formValues(formData, ["challenge", "code"]));
  } catch (error) {
    const result = toFailure(error);
    // Keep the QR code and recovery codes on screen while the person retries.
    if (!prev?.enrolment) return result;
    return { ...prev, message: undefined, codeErrors: result.fieldErrors.code ?? [result.message] };
  }
  refresh();
  return { ok: true, message: "Two factors are on. Keep your recovery codes safe." };
}

// Turn the second factor off (only where the role does not require it), with a current code.
export async function disableTwoFactorAction(
  _prev: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const code = String(formData.get("code") ?? "");
  return changeAndRefresh(() => disableTwoFactor({ code }), "Two factors are off.");
}

// Admins: make reporters enrol a second factor too.
export async function reportersPolicyAction(
  _prev: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const on = formData.get("reportersNeedTwoFactor") === "on";
  return changeAndRefresh(() => setReportersNeedTwoFactor(on), "Policy saved.");
}

// End every session of mine, on every device, this one included.
export async function signOutEverywhereAction(): Promise<void> {
  await signOutEverywhere();
  await signOut({ redirectTo: "/login" });
}
