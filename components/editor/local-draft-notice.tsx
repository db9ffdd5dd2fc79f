"use client";

import type { JSONContent } from "@tiptap/core";
import { useEffect, useState } from "react";
import { formatClock } from "./form-bits";
import { clearLocalDraft, readLocalDraft, type LocalDraft } from "./local-draft";

interface Saved {
  id: string;
  updatedAt: Date | string;
  headline: string;
  summary: string;
  dateline: string;
  body: unknown;
}

/**
 * Text an earlier visit left in this browser without reaching the server. Looked for once, when the
 * editor opens: from then on this tab writes the browser copy itself, so finding it again later (after
 * a panel refreshes the page, say) would only be this tab's own unsaved typing, not lost text.
 */
export function useLeftoverDraft(saved: Saved) {
  const [draft, setDraft] = useState<LocalDraft | null>(null);
  // The first `saved` is the story as the page opened; later ones must not look again.
  const [opened] = useState(saved);
  useEffect(() => {
    const found = readLocalDraft(opened.id);
    if (found && new Date(found.savedAt) > new Date(opened.updatedAt) && differs(found, opened))
      // localStorage exists only after hydration, so the draft is read in an effect.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setDraft(found);
    else if (found) clearLocalDraft(opened.id);
  }, [opened]);
  return {
    draft,
    dismiss: () => setDraft(null),
    discard: () => {
      clearLocalDraft(opened.id);
      setDraft(null);
    },
  };
}

function differs(draft: LocalDraft, saved: Saved) {
  const v = draft.values;
  return (
    v.headline !== saved.headline ||
    v.summary !== saved.summary ||
    v.dateline !== saved.dateline ||
    JSON.stringify(v.body) !== JSON.stringify(saved.body as JSONContent)
  );
}

export function LeftoverDraftNotice({
  draft,
  onRestore,
  onDiscard,
}: {
  draft: LocalDraft;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  return (
    <div className="notice" role="alert">
      Unsaved text from {formatClock(draft.savedAt)} was found in this browser.{" "}
      <button type="button" onClick={onRestore}>
        Restore it
      </button>{" "}
      <button type="button" className="secondary" onClick={onDiscard}>
        Discard
      </button>
    </div>
  );
}
