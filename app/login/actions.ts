"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { signInSchema } from "@/lib/auth/schema";

export interface SignInState {
  message?: string;
  fieldErrors?: { email?: string[]; password?: string[] };
  email?: string;
}

// Sign in with email and password; the same message whether the email exists or not.
export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const raw = { email: formData.get("email"), password: formData.get("password") };
  const parsed = signInSchema.safeParse({
    email: String(raw.email ?? ""),
    password: String(raw.password ?? ""),
  });
  if (!parsed.success)
    return {
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
      email: String(raw.email ?? ""),
    };
  const callbackUrl = String(formData.get("callbackUrl") ?? "/admin");
  const redirectTo = callbackUrl.startsWith("/admin") ? callbackUrl : "/admin";
  try {
    await signIn("credentials", { ...parsed.data, redirectTo });
  } catch (error) {
    if (error instanceof AuthError) {
      // Wrong email, wrong password and a deactivated account all look alike; a server fault does not.
      const message =
        error.type === "CredentialsSignin"
          ? "Wrong email or password."
          : "Sign-in is unavailable right now. Please try again in a moment.";
      if (error.type !== "CredentialsSignin")
        console.error(
          `[auth] sign-in failed: ${error.type}: ${error.cause?.err?.message ?? error.message}`,
        );
      return { message, email: parsed.data.email };
    }
    throw error; // Next's redirect on success
  }
  return {};
}
