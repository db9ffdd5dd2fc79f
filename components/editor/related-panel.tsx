"use client";

import { useActionState, useEffect, useState } from "react";
import type { ActionResult } from "@/lib/stories/result";
import {
  FieldError,
  FormMessage,
  MoveButtons,
  TzOffset,
  useOnSuccess,
  type FormAction,
} from "./form-bits";

export interface PanelRelated {
  id: string;
  targetStoryId: string | null;
  outlet: string;
  url: string;
  headline: string;
  targetStory: { headline: string; slug: string } | null;
}

interface Found {
  id: string;
  headline: string;
}

// Related articles: our own published stories (searched) and external ones typed in by hand.
export function RelatedPanel({
  storyId,
  related,
  editable,
  search,
  addInternal,
  addExternalAction,
  remove,
  move,
  refresh,
}: {
  storyId: string;
  related: PanelRelated[];
  editable: boolean;
  search: (q: string) => Promise<Found[]>;
  addInternal: (targetStoryId: string) => Promise<ActionResult>;
  addExternalAction: FormAction;
  remove: (id: string) => Promise<ActionResult>;
  move: (id: string, direction: "up" | "down") => Promise<ActionResult>;
  refresh: () => void;
}) {
  const [query, setQuery] = useState("");
  const [fetched, setFound] = useState<Found[]>([]);
  const [error, setError] = useState("");
  const [external, setExternal] = useState(false);
  const [state, formAction, pending] = useActionState(addExternalAction, null);
  useOnSuccess(state, () => {
    setExternal(false);
    refresh();
  });
  useEffect(() => {
    if (query.trim().length < 2) return;
    let live = true;
    const t = setTimeout(() => search(query).then((r) => live && setFound(r)), 200);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [query, search]);
  const found = query.trim().length < 2 ? [] : fetched;
  const run = async (p: Promise<ActionResult>) => {
    const r = await p;
    setError(r.ok ? "" : r.message);
    refresh();
  };
  return (
    <section className="panel" aria-labelledby="related-heading">
      <h2 id="related-heading">
        Related articles <span className="count">{related.length}</span>
      </h2>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ol className="plain">
        {related.map((r, i) => (
          <li key={r.id} className="item">
            {r.targetStory ? (
              <span>
                {r.targetStory.headline} <span className="badge">ours</span>
              </span>
            ) : (
              <span>
                {r.headline} <span className="muted">— {r.outlet}</span>
              </span>
            )}
            {editable && (
              <span className="actions">
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => run(remove(r.id))}
                  aria-label="Remove related article"
                >
                  ×
                </button>
                <MoveButtons
                  label="related article"
                  first={i === 0}
                  last={i === related.length - 1}
                  onMove={(d) => run(move(r.id, d))}
                />
              </span>
            )}
          </li>
        ))}
      </ol>
      {editable && (
        <>
          <label>
            Find one of our stories
            <input
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder="Search published headlines"
            />
          </label>
          {found.length > 0 && (
            <ul className="plain options">
              {found.map((f) => (
                <li key={f.id}>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => {
                      setQuery("");
                      void run(addInternal(f.id));
                    }}
                  >
                    {f.headline}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {external ? (
            <form action={formAction} className="panel-form" aria-label="External article">
              <input type="hidden" name="storyId" value={storyId} />
              <TzOffset />
              <FormMessage state={state} />
              <label>
                Address
                <input name="url" type="url" placeholder="https://…" required />
              </label>
              <FieldError state={state} name="url" />
              <label>
                Outlet
                <input name="outlet" required />
              </label>
              <FieldError state={state} name="outlet" />
              <label>
                Headline
                <input name="headline" required />
              </label>
              <FieldError state={state} name="headline" />
              <label>
                Published
                <input name="publishedAt" type="datetime-local" />
              </label>
              <label>
                Excerpt
                <textarea name="excerpt" rows={2} />
              </label>
              <FieldError state={state} name="excerpt" />
              <button type="submit" disabled={pending}>
                Add article
              </button>{" "}
              <button type="button" className="secondary" onClick={() => setExternal(false)}>
                Cancel
              </button>
            </form>
          ) : (
            <button type="button" className="secondary" onClick={() => setExternal(true)}>
              Add external article
            </button>
          )}
        </>
      )}
    </section>
  );
}
