"use client";

import type { FieldErrors } from "@/lib/shared/action-result";
import { AutoGrowTextarea } from "./auto-grow-textarea";

interface Meta {
  headline: string;
  summary: string;
  dateline: string;
  slug: string;
  bylineIds: string[];
}

type Setters = { [K in keyof Meta]: (value: Meta[K]) => void };

// Headline, summary, dateline, slug and bylines: saved with the text, errors shown by each field.
export function MetaFields({
  values,
  staff,
  editable,
  fieldErrors,
  onChange,
}: {
  values: Meta;
  staff: { id: string; name: string }[];
  editable: boolean;
  fieldErrors: FieldErrors;
  onChange: Setters;
}) {
  const error = (name: string) =>
    fieldErrors[name]?.length ? (
      <p className="field-error" id={`${name}-error`}>
        {fieldErrors[name]?.join(" ")}
      </p>
    ) : null;
  const aria = (name: string) =>
    fieldErrors[name]?.length ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {};
  const byline = (id: string, on: boolean) =>
    onChange.bylineIds(on ? [...values.bylineIds, id] : values.bylineIds.filter((x) => x !== id));
  return (
    <div className="meta-fields">
      <label>
        Headline
        {/* A headline is one line of text, but a long one wraps here instead of being cut. */}
        <AutoGrowTextarea
          className="headline-input"
          value={values.headline}
          onChange={(v) => onChange.headline(v.replace(/\s*\n\s*/g, " "))}
          onKeyDown={(e) => e.key === "Enter" && e.preventDefault()}
          readOnly={!editable}
          {...aria("headline")}
        />
      </label>
      {error("headline")}
      <label>
        Summary
        <AutoGrowTextarea
          value={values.summary}
          onChange={onChange.summary}
          readOnly={!editable}
          {...aria("summary")}
        />
      </label>
      {error("summary")}
      <div className="row">
        <label>
          Dateline
          <input
            className="dateline-input"
            value={values.dateline}
            onChange={(e) => onChange.dateline(e.target.value)}
            placeholder="e.g. LONDON (empty: none)"
            aria-describedby="dateline-hint"
            readOnly={!editable}
            {...aria("dateline")}
          />
          <span className="hint" id="dateline-hint">
            Where the story was reported, in capitals. Leave empty for none.
          </span>
        </label>
        <label>
          Slug
          <input
            value={values.slug}
            onChange={(e) => onChange.slug(e.target.value)}
            readOnly={!editable}
            {...aria("slug")}
          />
        </label>
      </div>
      {error("dateline")}
      {error("slug")}
      <details className="bylines">
        <summary>
          Byline:{" "}
          {values.bylineIds
            .map((id) => staff.find((s) => s.id === id)?.name ?? "former staff")
            .join(", ") || "none"}
        </summary>
        <ul className="plain columns">
          {staff.map((s) => (
            <li key={s.id}>
              <label>
                <input
                  type="checkbox"
                  checked={values.bylineIds.includes(s.id)}
                  disabled={!editable}
                  onChange={(e) => byline(s.id, e.target.checked)}
                />{" "}
                {s.name}
              </label>
            </li>
          ))}
        </ul>
      </details>
      {error("bylineIds")}
    </div>
  );
}
