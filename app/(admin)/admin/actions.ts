"use server";

import { signOut } from "@/lib/auth/auth";

// End the session and return to the sign-in page.
export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}
