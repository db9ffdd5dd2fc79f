import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; changed?: string; error?: string; code?: string }>;
}) {
  const { callbackUrl, changed, error, code } = await searchParams;
  const target =
    typeof callbackUrl === "string" && callbackUrl.startsWith("/admin") ? callbackUrl : "/admin";
  if (await currentUser()) redirect(target);
  return (
    <main className="narrow">
      <h1>Sign in to the newsroom</h1>
      {changed === "password" && (
        <p role="status">Your password was changed. Sign in with the new one.</p>
      )}
      {error === "CredentialsSignin" && (
        <p className="form-error" role="alert">
          {code === "throttled"
            ? "Too many attempts. Wait a while, then try again."
            : code === "second_factor"
              ? "This account uses two factors: sign in with this form."
              : "Wrong email or password."}
        </p>
      )}
      <LoginForm callbackUrl={target} />
    </main>
  );
}
