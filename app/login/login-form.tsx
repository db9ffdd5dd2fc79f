"use client";

import { useActionState } from "react";
import { secondFactorAction, signInAction, type SignInState } from "./actions";
import { EnrolmentDetails } from "./enrolment-details";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  if (state.step === "code" || state.step === "enrol")
    return <SecondFactorForm first={state} callbackUrl={callbackUrl} />;
  return (
    <form action={action} noValidate>
      {state.message && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <label htmlFor="email">Email</label>
      <input
        id="email"
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.email}
        aria-invalid={!!state.fieldErrors?.email}
        aria-describedby={state.fieldErrors?.email ? "email-error" : undefined}
      />
      {state.fieldErrors?.email && (
        <p id="email-error" className="field-error">
          {state.fieldErrors.email[0]}
        </p>
      )}
      <label htmlFor="password">Password</label>
      <input
        id="password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        aria-invalid={!!state.fieldErrors?.password}
        aria-describedby={state.fieldErrors?.password ? "password-error" : undefined}
      />
      {state.fieldErrors?.password && (
        <p id="password-error" className="field-error">
          {state.fieldErrors.password[0]}
        </p>
      )}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </p>
    </form>
  );
}

// After the password: a code from the app (or a recovery code), or setting up the app first.
function SecondFactorForm({ first, callbackUrl }: { first: SignInState; callbackUrl: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(secondFactorAction, first);
  const enrol = state.step === "enrol" && state.enrolment;
  return (
    <form action={action} noValidate>
      {state.message && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      {enrol ? (
        <EnrolmentDetails enrolment={enrol} />
      ) : (
        <p>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</p>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <input type="hidden" name="challenge" value={state.challenge ?? ""} />
      <label htmlFor="code">{enrol ? "Code from the app" : "Code"}</label>
      <input
        id="code"
        name="code"
        type="text"
        inputMode={enrol ? "numeric" : "text"}
        autoComplete="one-time-code"
        required
        aria-invalid={!!state.fieldErrors?.code}
        aria-describedby={state.fieldErrors?.code ? "code-error" : undefined}
      />
      {state.fieldErrors?.code && (
        <p id="code-error" className="field-error">
          {state.fieldErrors.code[0]}
        </p>
      )}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Checking…" : enrol ? "Turn on and sign in" : "Verify"}
        </button>
      </p>
      <p>
        <a href={`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Start again</a>
      </p>
    </form>
  );
}
