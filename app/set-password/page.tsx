import "@/components/admin/admin.css";
import type { Metadata } from "next";
import Link from "next/link";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { isUsableToken } from "@/lib/users/account";
import { SetPasswordForm } from "./set-password-form";

export const metadata: Metadata = {
  title: "Set your password",
  robots: { index: false },
  referrer: "no-referrer",
};
export const dynamic = "force-dynamic";

// Reached from a one-time link an admin handed over; works signed out.
export default async function SetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && (await isUsableToken(token));
  return (
    <main className="narrow">
      <h1>Set your password</h1>
      {usable ? (
        <SetPasswordForm token={token} minLength={PASSWORD_MIN_LENGTH} />
      ) : (
        <p role="alert" className="form-error">
          This link is not valid any more: it was used, replaced or has expired. Ask an admin for a
          new one.
        </p>
      )}
      <p>
        <Link href="/login">Sign in</Link>
      </p>
    </main>
  );
}
