"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { restoreRevisionAction } from "../actions";

// Restore makes a new version from an old one; the history keeps both.
export function RestoreButton({
  storyId,
  revisionId,
  version,
  baseVersion,
}: {
  storyId: string;
  revisionId: string;
  version: number;
  baseVersion: number;
}) {
  const router = useRouter();
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const restore = async () => {
    if (!confirm(`Restore version ${version} as a new version?`)) return;
    setBusy(true);
    const r = await restoreRevisionAction({ storyId, revisionId, baseVersion });
    setBusy(false);
    if (!r.ok) return setError(r.message);
    if (!r.outcome.saved)
      return setError(
        `${r.outcome.conflict.savedBy} saved a newer version meanwhile; reload and try again.`,
      );
    window.localStorage.removeItem(`newsroom:story-draft:${storyId}`);
    router.push(`/admin/stories/${storyId}`);
  };
  return (
    <>
      <button type="button" className="secondary small" onClick={restore} disabled={busy}>
        Restore v{version}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
