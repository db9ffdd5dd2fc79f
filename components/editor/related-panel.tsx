"use client";

import { useEffect, useState } from "react";
import { PUBLISHED_AT_HELP, formatPublishedAt } from "@/lib/related/published-at";
import type { ActionResult } from "@/lib/shared/action-result";
import {
  ItemForm,
  MoveButtons,
  PanelField,
  formatTime,
  Panel,
  useItemForm,
  usePanelList,
  type FormAction,
} from "./form-bits";
import { ChoiceList } from "./choice-list";

export interface PanelRelated {
  id: string;
  targetStoryId: string | null;
  outlet: string;
  url: string;
  headline: string;
  publishedAt: Date | null;
  excerpt: string;
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
  saveExternalAction,
  remove,
  move,
  refresh,
}: {
  storyId: string;
  related: PanelRelated[];
  editable: boolean;
  search: (q: string) => Promise<Found[]>;
  addInternal: (targetStoryId: string) => Promise<ActionResult>;
  /** Adds an external article, or edits one when the form carries its relatedId. */
  saveExternalAction: FormAction;
  remove: (id: string) => Promise<ActionResult>;
  move: (id: string, direction: "up" | "down") => Promise<ActionResult>;
  refresh: () => void;
}) {
  const [query, setQuery] = useState("");
  const [fetched, setFound] = useState<Found[]>([]);
  // editing: "new" while adding an external article, or the id of the one being edited.
  const { editing, setEditing, error, run, handlers, done } = usePanelList({
    remove,
    move,
    refresh,
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
  return (
    <Panel id="related" title="Related articles" count={related.length} error={error}>
      <ol className="plain">
        {related.map((r, i) => (
          <li key={r.id} className="item" data-testid="related-item">
            {editing === r.id ? (
              <ExternalForm storyId={storyId} item={r} action={saveExternalAction} onDone={done} />
            ) : r.targetStory ? (
              <span>
                {r.targetStory.headline} <span className="badge">ours</span>
              </span>
            ) : (
              <div className="external">
                <p>
                  <a href={r.url} target="_blank" rel="noopener noreferrer">
                    {r.headline}
                  </a>{" "}
                  <span className="muted">— {r.outlet}</span>
                </p>
                <p className="muted small">
                  {r.publishedAt ? `Published ${formatTime(r.publishedAt)} · ` : "No time given · "}
                  <span className="address">{r.url}</span>
                </p>
                {r.excerpt && <p className="excerpt">{r.excerpt}</p>}
              </div>
            )}
            {editable && editing !== r.id && (
              <span className="actions">
                {!r.targetStory && (
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => setEditing(r.id)}
                    aria-label={`Edit related article ${r.headline}`}
                  >
                    Edit
                  </button>
                )}
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => handlers.remove(r.id)}
                  aria-label="Remove related article"
                >
                  ×
                </button>
                <MoveButtons
                  label="related article"
                  first={i === 0}
                  last={i === related.length - 1}
                  onMove={(d) => handlers.move(r.id, d)}
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
            <ChoiceList
              items={found}
              className="plain options"
              label={(f) => f.headline}
              onChoose={(f) => {
                setQuery("");
                void run(addInternal(f.id));
              }}
            />
          )}
          {editing === "new" ? (
            <ExternalForm storyId={storyId} item={null} action={saveExternalAction} onDone={done} />
          ) : (
            <button type="button" className="secondary" onClick={() => setEditing("new")}>
              Add external article
            </button>
          )}
        </>
      )}
    </Panel>
  );
}

// An external article's details, typed in by hand; its time as "now", "4 minutes ago" or a clock time.
function ExternalForm({
  storyId,
  item,
  action,
  onDone,
}: {
  storyId: string;
  item: PanelRelated | null;
  action: FormAction;
  onDone: () => void;
}) {
  const form = useItemForm(action, onDone);
  return (
    <ItemForm
      form={form}
      keepTyped
      label={item ? "Edit external article" : "External article"}
      hidden={{ storyId, relatedId: item?.id ?? "" }}
      times
      saveLabel={item ? "Save article" : "Add article"}
    >
      <PanelField label="Address" name="url" state={form.state}>
        {(name) => (
          <input name={name} type="url" placeholder="https://…" defaultValue={item?.url} required />
        )}
      </PanelField>
      <PanelField label="Outlet" name="outlet" state={form.state}>
        {(name) => <input name={name} defaultValue={item?.outlet} required />}
      </PanelField>
      <PanelField label="Headline" name="headline" state={form.state}>
        {(name) => <input name={name} defaultValue={item?.headline} required />}
      </PanelField>
      <PanelField label="Published" name="publishedAt" state={form.state}>
        {(name) => (
          <>
            <input
              name={name}
              defaultValue={formatPublishedAt(item?.publishedAt)}
              placeholder="now, 4 minutes ago, 13:57…"
              aria-describedby={`published-help-${item?.id ?? "new"}`}
              suppressHydrationWarning
            />
            <span className="hint" id={`published-help-${item?.id ?? "new"}`}>
              Type {PUBLISHED_AT_HELP}.
            </span>
          </>
        )}
      </PanelField>
      <PanelField label="Excerpt" name="excerpt" state={form.state}>
        {(name) => <textarea name={name} rows={3} defaultValue={item?.excerpt} />}
      </PanelField>
    </ItemForm>
  );
}
