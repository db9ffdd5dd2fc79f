"use client";

import { useState } from "react";
import { diffText } from "@/lib/stories/diff";
import type { SaveConflict } from "@/lib/stories/mutations";
import { DiffView } from "./diff-view";
import { formatTime } from "./form-bits";

// Someone else saved in between: nothing was overwritten. The writer chooses what happens to their text.
export function ConflictPanel({
  conflict,
  mine,
  onTakeOver,
  onLoadTheirs,
}: {
  conflict: SaveConflict;
  mine: { headline: string; text: string };
  onTakeOver: () => void;
  onLoadTheirs: () => void;
}) {
  const [compare, setCompare] = useState(false);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`${mine.headline}\n\n${mine.text}`);
      setCopied(true);
    } catch {
      setCompare(true); // no clipboard permission: show the text so it can be selected by hand
    }
  };
  return (
    <div className="conflict" role="alert" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">Your last changes were not saved</h2>
      <p>
        <strong>{conflict.savedBy}</strong> saved this story at {formatTime(conflict.savedAt)}{" "}
        (version {conflict.version}) after you opened it. Nothing was overwritten; your text is
        still here.
      </p>
      <div className="actions">
        <button type="button" onClick={copy}>
          {copied ? "Copied" : "Copy my text"}
        </button>
        <button type="button" className="secondary" onClick={() => setCompare(!compare)}>
          {compare ? "Hide comparison" : "Compare"}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            confirm(`Save your version on top of ${conflict.savedBy}'s?`) && onTakeOver()
          }
        >
          Take over (save mine on top)
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => confirm("Discard your changes and load their version?") && onLoadTheirs()}
        >
          Load their version
        </button>
      </div>
      {compare && (
        <div className="compare">
          <p className="muted">Removed: only in their version. Added: only in yours.</p>
          {conflict.headline !== mine.headline && (
            <p>
              Headline: <del>{conflict.headline}</del> <ins>{mine.headline}</ins>
            </p>
          )}
          <DiffView paragraphs={diffText(conflict.bodyText, mine.text)} />
        </div>
      )}
    </div>
  );
}
