"use client";

import type { Editor, JSONContent } from "@tiptap/core";
import { startTransition, useCallback, useRef, useState } from "react";
import { documentJSON, whenIdle } from "@/components/editor/doc-json";
import type { TagOption } from "@/components/editor/tag-search";
import { useAutosave, type StoryFormValues } from "@/components/editor/use-autosave";
import { insertSentenceTransaction } from "@/lib/editor/insert-sentence";
import type { EditorData } from "@/lib/stories/queries";
import { autosaveStoryAction, saveStoryAction } from "./actions";

/** The fields saved together with the text (tags too: the story's tag list is part of the form). */
export interface StoryMeta {
  headline: string;
  summary: string;
  dateline: string;
  slug: string;
  bylineIds: string[];
  tags: TagOption[];
}

/** How long typing must pause before counts, checklist and passages look at the whole text again. */
const SNAPSHOT_MS = 300;

// The story form: the fields, the text (held by the editor itself, read only when needed), autosave,
// and a snapshot of the text for everything computed from it.
export function useStoryForm(data: EditorData) {
  const s = data.story;
  const [meta, setMetaState] = useState<StoryMeta>(() => ({
    headline: s.headline,
    summary: s.summary,
    dateline: s.dateline,
    slug: s.slug,
    bylineIds: s.bylines.map((b) => b.userId),
    tags: s.tags.map((t) => t.tag),
  }));
  const metaRef = useRef(meta);
  const editorRef = useRef<Editor | null>(null);
  const caretPlaced = useRef(false);
  const [openedBody] = useState(() => s.body as JSONContent);
  // The text as of the last pause in typing: what the word count, the checklist and the sources'
  // passages are computed from. A keystroke does not touch it, so typing costs the same in a
  // 500-word story as in a 10,000-word one.
  const [body, setBody] = useState<JSONContent>(openedBody);
  const snapshotTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const snapshotIdle = useRef<{ cancel: () => void } | null>(null);

  const read = useCallback((): StoryFormValues => {
    const m = metaRef.current;
    return {
      headline: m.headline,
      summary: m.summary,
      dateline: m.dateline,
      slug: m.slug,
      bylineIds: m.bylineIds,
      tagIds: m.tags.map((t) => t.id),
      body: editorRef.current ? documentJSON(editorRef.current.state.doc) : openedBody,
    };
  }, [openedBody]);
  const autosave = useAutosave({
    storyId: s.id,
    initialVersion: s.version,
    read,
    enabled: data.permissions.edit,
    save: saveStoryAction,
    autosave: autosaveStoryAction,
  });
  const { changed } = autosave;

  const setMeta = (next: StoryMeta) => {
    metaRef.current = next;
    setMetaState(next);
  };
  /** The writer changed a field. */
  const edit = <K extends keyof StoryMeta>(key: K, value: StoryMeta[K]) => {
    setMeta({ ...metaRef.current, [key]: value });
    changed();
  };
  /** Words were linked to a tag: the story's tag list takes it too (the writer may remove it). */
  const addTag = (tag: TagOption) => {
    const current = metaRef.current.tags;
    if (!current.some((t) => t.id === tag.id)) edit("tags", [...current, tag]);
  };
  /** The writer changed the text. */
  const onBodyChange = useCallback(() => {
    changed();
    if (snapshotTimer.current) clearTimeout(snapshotTimer.current);
    snapshotIdle.current?.cancel();
    // After the pause, in the browser's idle time: a key typed meanwhile is handled first.
    snapshotTimer.current = setTimeout(() => {
      snapshotIdle.current = whenIdle(() => {
        const e = editorRef.current;
        if (e) startTransition(() => setBody(documentJSON(e.state.doc)));
      }, SNAPSHOT_MS);
    }, SNAPSHOT_MS);
  }, [changed]);
  /** Put values on screen without counting them as the writer's edit (their version, say). */
  const apply = (v: Partial<StoryFormValues> & { body: JSONContent }) => {
    const m = metaRef.current;
    setMeta({
      ...m,
      headline: v.headline ?? m.headline,
      summary: v.summary ?? m.summary,
      dateline: v.dateline ?? m.dateline,
      slug: v.slug ?? m.slug,
      bylineIds: v.bylineIds ?? m.bylineIds,
    });
    editorRef.current?.commands.setContent(v.body, { emitUpdate: false });
    setBody(v.body);
  };
  // Read when a picture is placed, never during render.
  const getEditor = useCallback(() => editorRef.current, []);
  const onReady = useCallback((e: Editor) => {
    editorRef.current = e;
    e.on("focus", () => {
      caretPlaced.current = true;
    });
  }, []);
  /** A standard sentence, as text, where the writer expects it (see insertSentenceTransaction). */
  const insertSentence = useCallback((sentence: string) => {
    const e = editorRef.current;
    const tr = e && insertSentenceTransaction(e.state, sentence, caretPlaced.current);
    if (!e || !tr) return;
    e.view.dispatch(tr);
    e.commands.focus();
  }, []);

  return {
    meta,
    edit,
    addTag,
    body,
    openedBody,
    onBodyChange,
    apply,
    onReady,
    insertSentence,
    autosave,
    editor: getEditor,
  };
}
