import type { Enrolment } from "@/lib/auth/sign-in";

// What setting up an authenticator app needs: the QR code (or the key to type), and the recovery
// codes, shown this once. Shared by the sign-in page and the account page.
export function EnrolmentDetails({ enrolment }: { enrolment: Enrolment }) {
  return (
    <div className="enrolment">
      <p>
        Your newsroom asks for a second factor. Scan this code with an authenticator app (for
        example Aegis, Google Authenticator, 1Password or Authy), then enter the code it shows.
      </p>
      {/* A data: URL made on the server; nothing is fetched from elsewhere. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={enrolment.qrDataUrl}
        width={220}
        height={220}
        alt="QR code for your authenticator app"
      />
      <p>
        Or type this key: <code data-testid="totp-secret">{enrolment.secret}</code>
      </p>
      <p>
        <strong>Recovery codes.</strong> Each works once if you lose your phone. Keep them somewhere
        safe: they are not shown again.
      </p>
      <ul className="recovery-codes" aria-label="Recovery codes">
        {enrolment.recoveryCodes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
