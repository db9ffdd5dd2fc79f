"use client";

import { useActionState } from "react";
import { useAdminForm } from "@/components/admin/use-admin-form";
import type { ActionResult } from "@/lib/shared/action-result";
import { AdminForm, Field, FormMessage } from "@/components/admin/field";
import { EnrolmentDetails } from "@/app/login/enrolment-details";
import {
  confirmEnrolmentAction,
  disableTwoFactorAction,
  reportersPolicyAction,
  startEnrolmentAction,
  type EnrolState,
} from "./actions";

// Setting up an authenticator app: first the QR code and recovery codes, then its first code. Done
// again, it replaces the app and the recovery codes (once the new app's first code confirms it).
export function EnrolForm({ label = "Set up two factors" }: { label?: string }) {
  const [started, start, starting] = useActionState<EnrolState | null>(startEnrolmentAction, null);
  if (!started?.enrolment)
    return (
      <form action={start} className="admin-form">
        <FormMessage state={started} />
        <button type="submit" disabled={starting}>
          {starting ? "Preparing…" : label}
        </button>
      </form>
    );
  return <ConfirmEnrolForm started={started} />;
}

function ConfirmEnrolForm({ started }: { started: EnrolState }) {
  const [state, action, pending] = useActionState<EnrolState | null, FormData>(
    confirmEnrolmentAction,
    started,
  );
  if (state && !state.enrolment) return <FormMessage state={state} />;
  const current = state ?? started;
  return (
    <form action={action} className="admin-form" noValidate>
      {current.enrolment && <EnrolmentDetails enrolment={current.enrolment} />}
      <input type="hidden" name="challenge" value={current.challenge ?? ""} />
      <Field
        name="code"
        label="Code from the app"
        errors={"codeErrors" in current ? current.codeErrors : undefined}
      >
        {(p) => <input {...p} inputMode="numeric" autoComplete="one-time-code" />}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? "Checking…" : "Turn on two factors"}
      </button>
    </form>
  );
}

export function DisableTwoFactorForm() {
  const form = useAdminForm(disableTwoFactorAction);
  return (
    <AdminForm form={form} submit="Turn off two factors" busy="Turning off…">
      <Field name="code" label="A current code (or a recovery code)" errors={form.errors.code}>
        {(p) => <input {...p} autoComplete="one-time-code" />}
      </Field>
    </AdminForm>
  );
}

export function ReportersPolicyForm({ required }: { required: boolean }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(
    reportersPolicyAction,
    null,
  );
  return (
    <form action={action} className="admin-form">
      <FormMessage state={state} />
      <div>
        <input
          type="checkbox"
          id="reportersNeedTwoFactor"
          name="reportersNeedTwoFactor"
          defaultChecked={required}
        />{" "}
        <label htmlFor="reportersNeedTwoFactor" style={{ display: "inline" }}>
          Reporters must use two factors too (editors and admins always must)
        </label>
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save policy"}
      </button>
    </form>
  );
}
