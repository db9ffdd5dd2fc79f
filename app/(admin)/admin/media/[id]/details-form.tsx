"use client";

import { useAdminForm } from "@/components/admin/use-admin-form";
import { updateMediaDetailsAction } from "../actions";

interface Details {
  id: string;
  alt: string;
  caption: string;
  credit: string;
  copyright: string;
  rightsNote: string;
}

const FIELDS = [
  ["alt", "Alt text", false],
  ["caption", "Caption", true],
  ["credit", "Credit (photographer / agency)", false],
  ["copyright", "Copyright (optional)", false],
  ["rightsNote", "Rights or restrictions (newsroom only)", true],
] as const;

// Alt text, caption, credit and rights. Lead images show a change at once; a picture already in a
// story's text keeps the words it was placed with until it is placed again.
export function MediaDetailsForm({ media, editable }: { media: Details; editable: boolean }) {
  const { state, action, pending, errors } = useAdminForm(updateMediaDetailsAction);
  return (
    <form action={action} className="admin-form">
      <input type="hidden" name="mediaId" value={media.id} />
      {FIELDS.map(([name, label, long]) => (
        <div key={name}>
          <label htmlFor={`media-${name}`}>{label}</label>
          {long ? (
            <textarea
              id={`media-${name}`}
              name={name}
              rows={3}
              defaultValue={media[name]}
              disabled={!editable}
              aria-invalid={!!errors[name]?.length || undefined}
            />
          ) : (
            <input
              id={`media-${name}`}
              name={name}
              defaultValue={media[name]}
              disabled={!editable}
              aria-invalid={!!errors[name]?.length || undefined}
            />
          )}
          {errors[name]?.length ? <p className="field-error">{errors[name]?.[0]}</p> : null}
        </div>
      ))}
      {state && (
        <p className={state.ok ? "form-ok" : "field-error"} role={state.ok ? "status" : "alert"}>
          {state.ok ? "Saved." : state.message}
        </p>
      )}
      {editable ? (
        <button type="submit" disabled={pending}>
          Save details
        </button>
      ) : (
        <p className="muted">Only the uploader and the desk can change these.</p>
      )}
    </form>
  );
}
