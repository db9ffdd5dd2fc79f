"use client";

import { formatClock } from "./form-bits";
import type { SaveStatus } from "./use-autosave";

// Saving…, Saved at HH:MM, or Not saved — Retry: always visible, like a document editor.
export function SaveStatusLine({
  status,
  dirty,
  onRetry,
  onSave,
}: {
  status: SaveStatus;
  dirty: boolean;
  onRetry: () => void;
  onSave: () => void;
}) {
  return (
    <div className="save-status" role="status" aria-live="polite" data-testid="save-status">
      {status.kind === "saving" && <span>Saving…</span>}
      {/* "Saved at" only while nothing is waiting: a reader of this line must be able to trust it. */}
      {status.kind === "saved" && (
        <span>
          {dirty
            ? `Unsaved changes (last saved ${formatClock(status.at)})`
            : `Saved at ${formatClock(status.at)}`}
        </span>
      )}
      {status.kind === "idle" && (
        <span className="muted">{dirty ? "Unsaved changes" : "All changes saved"}</span>
      )}
      {status.kind === "offline" && (
        <span className="field-error">
          Not saved — offline; your text is kept in this browser{" "}
          <button type="button" className="secondary small" onClick={onRetry}>
            Retry
          </button>
        </span>
      )}
      {status.kind === "failed" && (
        <span className="field-error">
          Not saved — {status.message}{" "}
          <button type="button" className="secondary small" onClick={onRetry}>
            Retry
          </button>
        </span>
      )}
      {status.kind === "conflict" && (
        <span className="field-error">Not saved — someone else saved first</span>
      )}{" "}
      <button
        type="button"
        className="small"
        onClick={onSave}
        disabled={status.kind === "saving" || status.kind === "conflict"}
      >
        Save
      </button>
    </div>
  );
}
