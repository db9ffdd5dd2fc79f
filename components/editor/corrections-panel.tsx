"use client";

import { useActionState } from "react";
import { FormMessage, PanelField, formatTime, useOnSuccess, type FormAction } from "./form-bits";

export interface PanelCorrection {
  id: string;
  kind: "CORRECTION" | "UPDATE";
  text: string;
  createdAt: Date;
  createdBy: { name: string } | null;
}

// Corrections and updates of a published story: dated and shown to readers.
export function CorrectionsPanel({
  storyId,
  corrections,
  canAdd,
  addAction,
  refresh,
}: {
  storyId: string;
  corrections: PanelCorrection[];
  canAdd: boolean;
  addAction: FormAction;
  refresh: () => void;
}) {
  const [state, formAction, pending] = useActionState(addAction, null);
  useOnSuccess(state, refresh);
  return (
    <section className="panel" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">Corrections and updates</h2>
      <ul className="plain">
        {corrections.map((c) => (
          <li key={c.id} className="item">
            <strong>{c.kind === "CORRECTION" ? "Correction" : "Update"}</strong>,{" "}
            {formatTime(c.createdAt)}: {c.text}{" "}
            <span className="muted">— {c.createdBy?.name ?? "staff"}</span>
          </li>
        ))}
      </ul>
      {canAdd && (
        <form action={formAction} className="panel-form" key={corrections.length}>
          <input type="hidden" name="storyId" value={storyId} />
          <FormMessage state={state} />
          <label>
            Kind
            <select name="kind" defaultValue="CORRECTION">
              <option value="CORRECTION">Correction</option>
              <option value="UPDATE">Update</option>
            </select>
          </label>
          <PanelField label="Text" name="text" state={state}>
            {(name) => <textarea name={name} rows={2} required />}
          </PanelField>
          <button type="submit" disabled={pending}>
            Add
          </button>
        </form>
      )}
    </section>
  );
}
