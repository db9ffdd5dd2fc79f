"use client";

import type { JSONContent } from "@tiptap/core";
import { useCallback, useEffect, useRef, useState } from "react";
import type { SaveConflict, SaveOutcome } from "@/lib/stories/mutations";
import type { ActionResult, FieldErrors } from "@/lib/shared/action-result";
import { whenIdle } from "./doc-json";
import { writeLocalDraft, clearLocalDraft } from "./local-draft";

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

export const DEBOUNCE_MS = 2000;
/** The browser copy is rewritten when typing pauses this long, and at least this often (MAX). */
const DRAFT_MS = 1000;
const DRAFT_MAX_MS = 5000;

type SaveFn = (input: unknown) => Promise<ActionResult<{ outcome: SaveOutcome }>>;
/** "save": the writer asked for it (kept as a revision of its own); "autosave": the editor did. */
export type SaveRequest = "save" | "autosave";

// Autosave like a document editor: a save ~2 s after typing stops, on hiding the tab and on leaving;
// every save carries its base version; unsaved text stays in localStorage until the server has it.
//
// A keystroke only calls `changed()`, which counts the change and arms two timers: nothing reads the
// whole story until a timer fires (`read()`), so typing does not slow down as a story grows.
export function useAutosave({
  storyId,
  initialVersion,
  read,
  enabled,
  save,
  autosave,
}: {
  storyId: string;
  initialVersion: number;
  /** The form as it is now: called when a save or the browser copy needs it, never per keystroke. */
  read: () => StoryFormValues;
  enabled: boolean;
  /** The writer's save (the Save button, Retry, taking over after a conflict). */
  save: SaveFn;
  /** The editor's own save, after a pause in typing or on leaving; folds into the last one. */
  autosave: SaveFn;
}) {
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [version, setVersion] = useState(initialVersion);
  const [dirty, setDirty] = useState(false);
  const versionRef = useRef(initialVersion);
  const readRef = useRef(read);
  const changeSeq = useRef(0);
  const savedSeq = useRef(0);
  const inflight = useRef<Promise<boolean> | null>(null);
  const again = useRef(false);
  const saveAsked = useRef(false); // the writer pressed Save while another save was in flight
  const blocked = useRef(false); // a conflict stops autosave until the writer decides
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const draftTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const draftIdle = useRef<{ cancel: () => void } | null>(null);
  const draftDue = useRef(0); // when the browser copy must be written at the latest
  // saveNow calls itself once more when edits arrived during a save; through a ref, so that the
  // callback it calls is always the current one.
  const saveAgain = useRef<(request: SaveRequest) => Promise<boolean>>(async () => false);
  useEffect(() => {
    readRef.current = read;
  }, [read]);

  const setVersionBoth = (v: number) => {
    versionRef.current = v;
    setVersion(v);
  };
  const isDirty = useCallback(() => changeSeq.current > savedSeq.current, []);

  const cancelDraft = () => {
    if (draftTimer.current) clearTimeout(draftTimer.current);
    draftIdle.current?.cancel();
    draftTimer.current = draftIdle.current = null;
    draftDue.current = 0;
  };
  /** Write the browser copy now (a pending timer is cancelled). */
  const flushDraft = useCallback(() => {
    cancelDraft();
    if (isDirty()) writeLocalDraft(storyId, versionRef.current, readRef.current());
  }, [isDirty, storyId]);

  const saveNow = useCallback(
    async (request: SaveRequest = "autosave"): Promise<boolean> => {
      if (saveTimer.current) clearTimeout(saveTimer.current);
      if (blocked.current) return false;
      if (inflight.current) {
        again.current = true;
        if (request === "save") saveAsked.current = true;
        return inflight.current;
      }
      const seq = changeSeq.current;
      setStatus({ kind: "saving" });
      const run = (async () => {
        try {
          // ProseMirror builds attrs with a null prototype, which server actions refuse to serialise as
          // plain objects: send a plain JSON copy.
          const plain = JSON.parse(JSON.stringify(readRef.current())) as StoryFormValues;
          const send = request === "save" ? save : autosave;
          const result = await send({ ...plain, storyId, baseVersion: versionRef.current });
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
          // The browser copy goes once the server has everything in it; edits made during the save
          // stay in the browser, now on top of the version just saved.
          if (changeSeq.current === seq) {
            cancelDraft();
            clearLocalDraft(storyId);
          } else flushDraft();
          setDirty(changeSeq.current > savedSeq.current);
          setStatus({ kind: "saved", at: result.outcome.savedAt });
          return true;
        } catch {
          // The request itself failed: offline or the server is unreachable. The text is in localStorage.
          flushDraft();
          setStatus({ kind: "offline" });
          return false;
        } finally {
          inflight.current = null;
        }
      })();
      inflight.current = run;
      const ok = await run;
      if (!ok) saveAsked.current = false; // the writer sees this failure and decides again
      if (ok && again.current) {
        again.current = false;
        const asked = saveAsked.current;
        saveAsked.current = false;
        // The writer's Save is honoured even when the save in flight already had every edit.
        if (asked || isDirty()) return saveAgain.current(asked ? "save" : "autosave");
      }
      return ok;
    },
    [autosave, flushDraft, isDirty, save, storyId],
  );
  useEffect(() => {
    saveAgain.current = saveNow;
  }, [saveNow]);

  /** Something in the form changed: keep it in this browser soon, and on the server after a pause. */
  const changed = useCallback(() => {
    changeSeq.current += 1;
    setDirty(true);
    // Reading and storing a long story costs milliseconds: done in a pause, not on every keystroke.
    const now = Date.now();
    if (!draftDue.current) draftDue.current = now + DRAFT_MAX_MS;
    if (draftTimer.current) clearTimeout(draftTimer.current);
    // Once due, written when the page is idle: serialising and storing a long story waits for a
    // gap between keys rather than landing on the writer's next one.
    draftTimer.current = setTimeout(
      () => {
        draftIdle.current?.cancel();
        draftIdle.current = whenIdle(flushDraft, DRAFT_MS);
      },
      Math.min(DRAFT_MS, draftDue.current - now),
    );
    if (!enabled || blocked.current) return;
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => void saveNow(), DEBOUNCE_MS);
  }, [enabled, flushDraft, saveNow]);

  useEffect(() => {
    if (!enabled) return;
    const pending = () => isDirty() && !blocked.current;
    const onOnline = () => {
      if (pending()) void saveNow();
    };
    const onHidden = () => {
      if (document.visibilityState !== "hidden") return;
      flushDraft();
      if (pending()) void saveNow();
    };
    const onPageHide = () => {
      flushDraft();
      if (!pending() || inflight.current) return;
      const body = JSON.stringify({ ...readRef.current(), baseVersion: versionRef.current });
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
      flushDraft();
      if (isDirty()) e.preventDefault();
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
  }, [enabled, flushDraft, isDirty, saveNow, storyId]);

  /** After a conflict: continue on top of the given version (take over, or after loading theirs). */
  const rebase = useCallback(
    (nextVersion: number, saveMine: boolean) => {
      blocked.current = false;
      setVersionBoth(nextVersion);
      setStatus({ kind: "idle" });
      if (saveMine) void saveNow("save");
      else {
        // Their version is on screen now, exactly as saved: nothing is waiting.
        savedSeq.current = changeSeq.current;
        setDirty(false);
        cancelDraft();
        clearLocalDraft(storyId);
      }
    },
    [saveNow, storyId],
  );

  /** Restoring text kept in this browser: it was based on an older version, so save on top of that
   * one; if someone saved since, the writer gets the conflict choices instead of overwriting them. */
  const restoreBase = useCallback((baseVersion: number) => setVersionBoth(baseVersion), []);

  return { status, version, dirty, isDirty, changed, saveNow, rebase, restoreBase };
}
