"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/admin/field";
import { secondFactorAction, signInAction, type SignInState } from "./actions";
import { EnrolmentDetails } from "./enrolment-details";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  if (state.step === "code" || state.step === "enrol")
    return <SecondFactorForm first={state} callbackUrl={callbackUrl} />;
  return (
    <form action={action} noValidate>
      <FormMessage state={{ ok: false, message: state.message }} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field name="email" label="Email" errors={state.fieldErrors?.email}>
        {(p) => (
          <input {...p} type="email" autoComplete="username" required defaultValue={state.email} />
        )}
      </Field>
      <Field name="password" label="Password" errors={state.fieldErrors?.password}>
        {(p) => <input {...p} type="password" autoComplete="current-password" required />}
      </Field>
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
      <FormMessage state={{ ok: false, message: state.message }} />
      {enrol ? (
        <EnrolmentDetails enrolment={enrol} />
      ) : (
        <p>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</p>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <input type="hidden" name="challenge" value={state.challenge ?? ""} />
      <Field
        name="code"
        label={enrol ? "Code from the app" : "Code"}
        errors={state.fieldErrors?.code}
      >
        {(p) => (
          <input
            {...p}
            type="text"
            inputMode={enrol ? "numeric" : "text"}
            autoComplete="one-time-code"
            required
          />
        )}
      </Field>
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
