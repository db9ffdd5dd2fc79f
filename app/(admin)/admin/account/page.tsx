import "@/components/admin/admin.css";
import type { Metadata } from "next";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { guardPage } from "@/lib/auth/guard";
import { getOwnAccount } from "@/lib/users/queries";
import { NameForm, PasswordForm } from "./account-forms";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage() {
  await guardPage("account.update", "/admin/account");
  const me = await getOwnAccount();
  return (
    <main className="container">
      <h1>Your account</h1>
      <p className="muted">
        {me.email} · {me.role.toLowerCase()}
      </p>
      <section className="admin-panel" aria-labelledby="name-heading">
        <h2 id="name-heading">Name</h2>
        <NameForm name={me.name} />
      </section>
      <section className="admin-panel" aria-labelledby="password-heading">
        <h2 id="password-heading">Password</h2>
        <PasswordForm minLength={PASSWORD_MIN_LENGTH} />
      </section>
    </main>
  );
}
