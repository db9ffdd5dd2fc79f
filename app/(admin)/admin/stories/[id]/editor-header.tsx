"use client";

import Link from "next/link";
import { SaveStatusLine } from "@/components/editor/save-status";
import type { SaveStatus } from "@/components/editor/use-autosave";

// Above the text: where to go, whether the text is saved, who else is here, whether theirs is newer.
export function EditorHeader({
  story,
  editable,
  status,
  dirty,
  onSave,
  others,
  newerVersion,
}: {
  story: { id: string; slug: string; status: string };
  editable: boolean;
  status: SaveStatus;
  dirty: boolean;
  onSave: () => void;
  others: { id: string; name: string }[];
  /** A version someone else saved after ours, if any. */
  newerVersion: number | null;
}) {
  return (
    <header className="editor-header">
      <p>
        <Link href="/admin">← Stories</Link> ·{" "}
        <Link href={`/admin/stories/${story.id}/revisions`}>Revisions</Link>
        {story.status === "PUBLISHED" && (
          <>
            {" "}
            · <Link href={`/news/${story.slug}`}>View on site</Link>
          </>
        )}
      </p>
      {editable ? (
        <SaveStatusLine status={status} dirty={dirty} onRetry={onSave} onSave={onSave} />
      ) : (
        <p className="muted">
          Read only: you cannot edit this story
          {story.status === "PUBLISHED" ? " now that it is published" : ""}.
        </p>
      )}
      {others.length > 0 && (
        <p className="presence" data-testid="presence">
          Also editing: {others.map((o) => o.name).join(", ")}
        </p>
      )}
      {newerVersion !== null && (
        <p className="warn-text">
          A newer version ({newerVersion}) was saved by someone else. Your next save will be checked
          against it;{" "}
          <button type="button" className="secondary small" onClick={() => location.reload()}>
            reload
          </button>{" "}
          to see theirs.
        </p>
      )}
    </header>
  );
}
