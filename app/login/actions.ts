"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn, SignInRefused } from "@/lib/auth/auth";
import { currentAddress } from "@/lib/auth/client-address";
import { signInSchema } from "@/lib/auth/schema";
import { passwordStep, type Enrolment } from "@/lib/auth/sign-in";
import { waitMessage } from "@/lib/auth/throttle";

export interface SignInState {
  /** "password" first; then "code" (a code from the app or a recovery code) or "enrol". */
  step?: "password" | "code" | "enrol";
  message?: string;
  fieldErrors?: { email?: string[]; password?: string[]; code?: string[] };
  email?: string;
  challenge?: string;
  enrolment?: Enrolment;
}

const target = (formData: FormData) => {
  const callbackUrl = String(formData.get("callbackUrl") ?? "/admin");
  return callbackUrl.startsWith("/admin") ? callbackUrl : "/admin";
};

const WRONG = "Wrong email or password.";

// Email and password; the same message whether the email exists or not.
export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  const parsed = signInSchema.safeParse({
    email,
    password: String(formData.get("password") ?? ""),
  });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, email };
  const step = await passwordStep(parsed.data, await currentAddress());
  switch (step.kind) {
    case "wrong":
      return {
        message: step.retryAfterSeconds ? `${WRONG} ${waitMessage(step.retryAfterSeconds)}` : WRONG,
        email: parsed.data.email,
      };
    case "throttled":
      return { message: waitMessage(step.retryAfterSeconds), email: parsed.data.email };
    case "totp":
      return { step: "code", challenge: step.challenge, email: parsed.data.email };
    case "enrol":
      return {
        step: "enrol",
        challenge: step.challenge,
        enrolment: step.enrolment,
        email: parsed.data.email,
      };
    case "none":
      return finish(_prev, { challenge: step.challenge }, target(formData), parsed.data.email);
  }
}

// The second step: a code from the authenticator app, a recovery code, or the first code of a
// newly enrolled app.
export async function secondFactorAction(
  prev: SignInState,
  formData: FormData,
): Promise<SignInState> {
  const challenge = String(formData.get("challenge") ?? "");
  const code = String(formData.get("code") ?? "").trim();
  if (!code)
    return {
      ...prev,
      message: undefined,
      fieldErrors: { code: ["Enter the code from your app."] },
    };
  return finish(prev, { challenge, code }, target(formData), prev.email);
}

async function finish(
  prev: SignInState,
  credentials: { challenge: string; code?: string },
  redirectTo: string,
  email?: string,
): Promise<SignInState> {
  try {
    await signIn("credentials", { ...credentials, redirectTo });
  } catch (error) {
    if (error instanceof SignInRefused) {
      switch (error.code) {
        case "wrong_code":
          return {
            ...prev,
            message: undefined,
            fieldErrors: {
              code: [
                `That code is not right (or was used already).${error.retryAfterSeconds ? ` ${waitMessage(error.retryAfterSeconds)}` : ""}`,
              ],
            },
          };
        case "throttled":
          return { ...prev, fieldErrors: {}, message: waitMessage(error.retryAfterSeconds) };
        default:
          return { email, message: "That sign-in took too long or was used already. Start again." };
      }
    }
    if (error instanceof AuthError) {
      console.error(
        `[auth] sign-in failed: ${error.type}: ${error.cause?.err?.message ?? error.message}`,
      );
      return { email, message: "Sign-in is unavailable right now. Please try again in a moment." };
    }
    throw error; // Next's redirect on success
  }
  return {};
}
