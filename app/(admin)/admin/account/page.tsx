import "@/components/admin/admin.css";
import type { Metadata } from "next";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { guardPage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import {
  listOpenSessions,
  SESSION_ABSOLUTE_HOURS,
  SESSION_IDLE_MINUTES,
} from "@/lib/auth/sessions";
import { getTwoFactorStatus } from "@/lib/auth/two-factor";
import { reportersNeedTwoFactor, twoFactorMode } from "@/lib/auth/two-factor-policy";
import { getOwnAccount } from "@/lib/users/queries";
import { NameForm, PasswordForm } from "./account-forms";
import { signOutEverywhereAction } from "./actions";
import { DisableTwoFactorForm, EnrolForm, ReportersPolicyForm } from "./security-forms";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ") + " UTC";

export default async function AccountPage() {
  const user = await guardPage("account.update", "/admin/account");
  const [me, twoFactor, sessions] = await Promise.all([
    getOwnAccount(),
    getTwoFactorStatus(),
    listOpenSessions(user.id),
  ]);
  const isAdmin = can(user, "users.manage");
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
      <section className="admin-panel" aria-labelledby="two-factor-heading">
        <h2 id="two-factor-heading">Two factors</h2>
        {twoFactor.enabledAt ? (
          <>
            <p role="status">
              On since {when(twoFactor.enabledAt)}. Recovery codes left:{" "}
              {twoFactor.recoveryCodesLeft}.
            </p>
            {twoFactor.required ? (
              <p className="muted">Your newsroom requires two factors for your role.</p>
            ) : (
              <DisableTwoFactorForm />
            )}
            <EnrolForm label="Replace the app and recovery codes" />
          </>
        ) : (
          <>
            <p>
              Off.{" "}
              {twoFactor.required
                ? "Your newsroom requires it for your role: set it up now."
                : "A code from an app on your phone, asked for at each sign-in."}
            </p>
            <EnrolForm />
          </>
        )}
      </section>
      <section className="admin-panel" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Where you are signed in</h2>
        <ul>
          {sessions.map((s) => (
            <li key={s.id}>
              Since {when(s.createdAt)}, last active {when(s.lastSeenAt)}
              {s.address ? `, from ${s.address}` : ""}
              {s.userAgent ? ` (${s.userAgent.slice(0, 80)})` : ""}
            </li>
          ))}
        </ul>
        <p className="muted">
          A session ends after {SESSION_IDLE_MINUTES} minutes without activity, and{" "}
          {SESSION_ABSOLUTE_HOURS} hours after signing in at the latest.
        </p>
        <form action={signOutEverywhereAction}>
          <button type="submit">Sign out everywhere</button>
        </form>
      </section>
      {isAdmin && (
        <section className="admin-panel" aria-labelledby="policy-heading">
          <h2 id="policy-heading">Newsroom sign-in policy</h2>
          {twoFactorMode() === "optional" && (
            <p className="muted">
              This server runs with NEWSROOM_TWO_FACTOR=optional (the demo): nobody is made to
              enrol.
            </p>
          )}
          <ReportersPolicyForm required={await reportersNeedTwoFactor()} />
        </section>
      )}
    </main>
  );
}
