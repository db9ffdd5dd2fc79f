"use client";

import { useState } from "react";
import type { GateResult } from "@/lib/stories/policy";
import type { ActionResult } from "@/lib/shared/action-result";
import { formatTime } from "./form-bits";
import { STATUS_LABEL } from "@/lib/stories/status";

type Step = () => Promise<ActionResult>;

// The publish checklist, readable at a glance, and the workflow buttons this user may press.
export function GatePanel({
  gate,
  status,
  scheduledAt,
  publishedAt,
  permissions,
  steps,
  schedule,
}: {
  gate: GateResult;
  status: keyof typeof STATUS_LABEL;
  scheduledAt: Date | null;
  publishedAt: Date | null;
  permissions: { submit: boolean; publish: boolean; schedule: boolean; unpublish: boolean };
  steps: { submit: Step; publish: Step; unpublish: Step; returnToDraft: Step };
  schedule: (localTime: string) => Promise<ActionResult>;
}) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState("");
  const [fieldError, setFieldError] = useState("");
  const [when, setWhen] = useState("");
  const run = async (step: () => Promise<ActionResult>) => {
    setBusy(true);
    setMessage("");
    setFieldError("");
    const result = await step();
    setBusy(false);
    if (!result.ok) {
      setMessage(result.message);
      setFieldError(result.fieldErrors.scheduledAt?.join(" ") ?? "");
    }
  };
  const blocked = !gate.canPublish;
  return (
    <section className="panel gate" aria-labelledby="gate-heading">
      <h2 id="gate-heading">
        Publishing{" "}
        <span className="badge" data-testid="story-status">
          {STATUS_LABEL[status]}
        </span>
      </h2>
      {status === "SCHEDULED" && scheduledAt && <p>Scheduled for {formatTime(scheduledAt)}</p>}
      {status === "PUBLISHED" && publishedAt && (
        <p>Published {formatTime(publishedAt)}; edits republish it.</p>
      )}
      <ul className="checklist" aria-label="Publish checklist">
        {gate.checks.map((c) => (
          <li
            key={c.id}
            className={c.ok ? "pass" : c.level === "blocking" ? "block" : "warn"}
            data-level={c.level}
            data-ok={c.ok}
          >
            <span aria-hidden="true">{c.ok ? "✓" : c.level === "blocking" ? "✗" : "!"}</span>{" "}
            {c.message}
            <span className="visually-hidden">
              {c.ok ? " (done)" : c.level === "blocking" ? " (blocks publishing)" : " (warning)"}
            </span>
          </li>
        ))}
      </ul>
      <p className={blocked ? "field-error" : "ok"} data-testid="gate-summary">
        {blocked
          ? gate.blocking.length === 1
            ? "1 item blocks publishing"
            : `${gate.blocking.length} items block publishing`
          : gate.warnings.length
            ? `Ready, with ${gate.warnings.length} warning${gate.warnings.length === 1 ? "" : "s"}`
            : "Ready to publish"}
      </p>
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      <div className="actions">
        {permissions.submit && (status === "DRAFT" || status === "UNPUBLISHED") && (
          <button type="button" disabled={busy} onClick={() => run(steps.submit)}>
            Submit for review
          </button>
        )}
        {permissions.publish && status !== "PUBLISHED" && (
          <button type="button" disabled={busy || blocked} onClick={() => run(steps.publish)}>
            Publish now
          </button>
        )}
        {permissions.unpublish && status === "PUBLISHED" && (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => confirm("Take this story off the site?") && run(steps.unpublish)}
          >
            Unpublish
          </button>
        )}
        {permissions.publish &&
          (status === "IN_REVIEW" || status === "SCHEDULED" || status === "UNPUBLISHED") && (
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => run(steps.returnToDraft)}
            >
              {status === "SCHEDULED" ? "Cancel schedule" : "Return to draft"}
            </button>
          )}
      </div>
      {permissions.schedule && status !== "PUBLISHED" && (
        <div className="schedule">
          <label>
            Publish at
            <input
              type="datetime-local"
              value={when}
              onChange={(e) => setWhen(e.target.value)}
              aria-invalid={!!fieldError}
              aria-describedby="schedule-error"
            />
          </label>
          {fieldError && (
            <p className="field-error" id="schedule-error">
              {fieldError}
            </p>
          )}
          <button
            type="button"
            className="secondary"
            disabled={busy || blocked || !when}
            onClick={() => run(() => schedule(when))}
          >
            Schedule
          </button>
        </div>
      )}
    </section>
  );
}
