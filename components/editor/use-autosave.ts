"use client";

import type { JSONContent } from "@tiptap/core";
import { useCallback, useEffect, useRef, useState } from "react";
import type { SaveConflict, SaveOutcome } from "@/lib/stories/mutations";
import type { ActionResult, FieldErrors } from "@/lib/stories/result";

export interface StoryFormValues {
  headline: string;
  summary: string;
  dateline: string;
  slug: string;
  bylineIds: string[];
  tagIds: string[];
  body: JSONContent;
}

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "failed"; message: string; fieldErrors: FieldErrors }
  | { kind: "offline" }
  | { kind: "conflict"; conflict: SaveConflict };

export interface LocalDraft {
  baseVersion: number;
  savedAt: string;
  values: StoryFormValues;
}

export const DEBOUNCE_MS = 2000;
export const draftKey = (storyId: string) => `newsroom:story-draft:${storyId}`;

export function readLocalDraft(storyId: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(draftKey(storyId));
    return raw ? (JSON.parse(raw) as LocalDraft) : null;
  } catch {
    return null;
  }
}

type SaveFn = (input: unknown) => Promise<ActionResult<{ outcome: SaveOutcome }>>;

// Autosave like a document editor: a save ~2 s after typing stops, on hiding the tab and on leaving;
// every save carries its base version; unsaved text stays in localStorage until the server has it.
export function useAutosave({
  storyId,
  initialVersion,
  values,
  enabled,
  save,
}: {
  storyId: string;
  initialVersion: number;
  values: StoryFormValues;
  enabled: boolean;
  save: SaveFn;
}) {
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [version, setVersion] = useState(initialVersion);
  const versionRef = useRef(initialVersion);
  const valuesRef = useRef(values);
  const changeSeq = useRef(0);
  const savedSeq = useRef(0);
  const inflight = useRef<Promise<boolean> | null>(null);
  const again = useRef(false);
  const blocked = useRef(false); // a conflict stops autosave until the writer decides
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const first = useRef(true);
  // saveNow calls itself once more when edits arrived during a save; through a ref, so that the
  // callback it calls is always the current one.
  const saveAgain = useRef<() => Promise<boolean>>(async () => false);

  const setVersionBoth = (v: number) => {
    versionRef.current = v;
    setVersion(v);
  };

  const saveNow = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    if (blocked.current) return false;
    if (inflight.current) {
      again.current = true;
      return inflight.current;
    }
    const seq = changeSeq.current;
    setStatus({ kind: "saving" });
    const run = (async () => {
      try {
        // ProseMirror builds attrs with a null prototype, which server actions refuse to serialise as
        // plain objects: send a plain JSON copy.
        const plain = JSON.parse(JSON.stringify(valuesRef.current)) as StoryFormValues;
        const result = await save({ ...plain, storyId, baseVersion: versionRef.current });
        if (!result.ok) {
          setStatus({ kind: "failed", message: result.message, fieldErrors: result.fieldErrors });
          return false;
        }
        if (!result.outcome.saved) {
          blocked.current = true;
          setStatus({ kind: "conflict", conflict: result.outcome.conflict });
          return false;
        }
        setVersionBoth(result.outcome.version);
        savedSeq.current = Math.max(savedSeq.current, seq);
        if (changeSeq.current === seq) window.localStorage.removeItem(draftKey(storyId));
        else writeDraft(storyId, versionRef.current, valuesRef.current);
        setStatus({ kind: "saved", at: result.outcome.savedAt });
        return true;
      } catch {
        // The request itself failed: offline or the server is unreachable. The text is in localStorage.
        setStatus({ kind: "offline" });
        return false;
      } finally {
        inflight.current = null;
      }
    })();
    inflight.current = run;
    const ok = await run;
    if (ok && again.current) {
      again.current = false;
      if (changeSeq.current > savedSeq.current) return saveAgain.current();
    }
    return ok;
  }, [save, storyId]);
  useEffect(() => {
    saveAgain.current = saveNow;
  }, [saveNow]);

  useEffect(() => {
    valuesRef.current = values;
    if (first.current) {
      first.current = false;
      return;
    }
    changeSeq.current += 1;
    writeDraft(storyId, versionRef.current, values);
    if (!enabled || blocked.current) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), DEBOUNCE_MS);
  }, [values, enabled, saveNow, storyId]);

  useEffect(() => {
    if (!enabled) return;
    const dirty = () => changeSeq.current > savedSeq.current && !blocked.current;
    const onOnline = () => {
      if (dirty()) void saveNow();
    };
    const onHidden = () => {
      if (document.visibilityState === "hidden" && dirty()) void saveNow();
    };
    const onPageHide = () => {
      if (!dirty() || inflight.current) return;
      const body = JSON.stringify({ ...valuesRef.current, baseVersion: versionRef.current });
      // keepalive requests are capped at 64 KB; a longer story stays in localStorage for next time.
      if (body.length < 60_000)
        void fetch(`/admin/stories/${storyId}/autosave`, {
          method: "POST",
          keepalive: true,
          headers: { "content-type": "application/json" },
          body,
        });
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty()) e.preventDefault();
    };
    window.addEventListener("online", onOnline);
    document.addEventListener("visibilitychange", onHidden);
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      window.removeEventListener("online", onOnline);
      document.removeEventListener("visibilitychange", onHidden);
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [enabled, saveNow, storyId]);

  /** After a conflict: continue on top of the given version (take over, or after loading theirs). */
  const rebase = useCallback(
    (nextVersion: number, saveMine: boolean) => {
      blocked.current = false;
      setVersionBoth(nextVersion);
      setStatus({ kind: "idle" });
      if (saveMine) void saveNow();
      else {
        savedSeq.current = changeSeq.current + 1;
        window.localStorage.removeItem(draftKey(storyId));
      }
    },
    [saveNow, storyId],
  );

  /** Restoring text kept in this browser: it was based on an older version, so save on top of that
   * one; if someone saved since, the writer gets the conflict choices instead of overwriting them. */
  const restoreBase = useCallback((baseVersion: number) => setVersionBoth(baseVersion), []);

  return {
    status,
    version,
    saveNow,
    rebase,
    restoreBase,
    dirty: () => changeSeq.current > savedSeq.current,
  };
}

function writeDraft(storyId: string, baseVersion: number, values: StoryFormValues) {
  try {
    const draft: LocalDraft = { baseVersion, savedAt: new Date().toISOString(), values };
    window.localStorage.setItem(draftKey(storyId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the server save still runs.
  }
}
