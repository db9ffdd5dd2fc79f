"use client";

import type { Editor, JSONContent } from "@tiptap/core";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { CommentRequestsPanel } from "@/components/editor/comment-requests-panel";
import { ConflictPanel } from "@/components/editor/conflict-panel";
import { CorrectionsPanel } from "@/components/editor/corrections-panel";
import { GatePanel } from "@/components/editor/gate-panel";
import { ImagePanel } from "@/components/editor/image-panel";
import { MetaFields } from "@/components/editor/meta-fields";
import { RelatedPanel } from "@/components/editor/related-panel";
import { RichText } from "@/components/editor/rich-text";
import { SaveStatusLine } from "@/components/editor/save-status";
import { SourcesPanel } from "@/components/editor/sources-panel";
import type { TagOption } from "@/components/editor/tag-search";
import { TagsPanel } from "@/components/editor/tags-panel";
import {
  readLocalDraft,
  useAutosave,
  type LocalDraft,
  type StoryFormValues,
} from "@/components/editor/use-autosave";
import "@/components/editor/editor.css";
import {
  collectMarks,
  countWords,
  documentToPlainText,
  readingMinutes,
} from "@/lib/editor/document";
import { evaluatePublishGate } from "@/lib/stories/policy";
import type { EditorData } from "@/lib/stories/queries";
import type { GateImage } from "@/lib/media/gate";
import type { ActionResult } from "@/lib/stories/result";
import * as media from "../../media/actions";
import * as story from "./actions";
import * as panel from "./panel-actions";

const HEARTBEAT_MS = 20_000;

// The story editor screen: text and metadata saved together (autosave, versioned), reporting panels
// saved on their own, and the publish checklist computed live by the same function the server runs.
export function EditorScreen({ data }: { data: EditorData }) {
  const router = useRouter();
  const s = data.story;
  const editable = data.permissions.edit;
  const [headline, setHeadline] = useState(s.headline);
  const [summary, setSummary] = useState(s.summary);
  const [dateline, setDateline] = useState(s.dateline);
  const [slug, setSlug] = useState(s.slug);
  const [bylineIds, setBylineIds] = useState(s.bylines.map((b) => b.userId));
  const [tags, setTags] = useState<TagOption[]>(s.tags.map((t) => t.tag));
  const [body, setBody] = useState<JSONContent>(s.body as JSONContent);
  const editorRef = useRef<Editor | null>(null);
  const [leadImage, setLeadImage] = useState<GateImage | null | undefined>(undefined);
  const values: StoryFormValues = useMemo(
    () => ({ headline, summary, dateline, slug, bylineIds, tagIds: tags.map((t) => t.id), body }),
    [headline, summary, dateline, slug, bylineIds, tags, body],
  );
  const autosave = useAutosave({
    storyId: s.id,
    initialVersion: s.version,
    values,
    enabled: editable,
    save: story.saveStoryAction,
  });
  const { status, saveNow, rebase } = autosave;
  const refresh = useCallback(() => router.refresh(), [router]);

  // Who else has the story open, and whether a newer version exists.
  const [others, setOthers] = useState<{ id: string; name: string }[]>([]);
  const [serverVersion, setServerVersion] = useState(s.version);
  useEffect(() => {
    const beat = () =>
      story
        .heartbeatAction(s.id)
        .then((r) => {
          if (r.ok) {
            setOthers(r.others);
            setServerVersion(r.version);
          }
        })
        .catch(() => undefined);
    void beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    const leave = () => void story.leaveAction(s.id);
    window.addEventListener("pagehide", leave);
    return () => {
      clearInterval(timer);
      window.removeEventListener("pagehide", leave);
    };
  }, [s.id]);

  // Text left in this browser by a save that never reached the server.
  const [localDraft, setLocalDraft] = useState<LocalDraft | null>(null);
  useEffect(() => {
    const draft = readLocalDraft(s.id);
    if (
      draft &&
      new Date(draft.savedAt) > new Date(s.updatedAt) &&
      JSON.stringify(draft.values.body) !== JSON.stringify(s.body)
    )
      // localStorage exists only after hydration, so the draft is read in an effect.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setLocalDraft(draft);
  }, [s.id, s.updatedAt, s.body]);
  const applyValues = (v: Partial<StoryFormValues> & { body: JSONContent }) => {
    if (v.headline !== undefined) setHeadline(v.headline);
    if (v.summary !== undefined) setSummary(v.summary);
    if (v.dateline !== undefined) setDateline(v.dateline);
    if (v.slug !== undefined) setSlug(v.slug);
    if (v.bylineIds) setBylineIds(v.bylineIds);
    editorRef.current?.commands.setContent(v.body, { emitUpdate: false });
    setBody(v.body);
  };

  const text = useMemo(() => documentToPlainText(body), [body]);
  const words = countWords(text);
  const passages = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const m of collectMarks(body, "sourceRef"))
      map.set(m.id, [...(map.get(m.id) ?? []), m.text]);
    return map;
  }, [body]);
  const gate = evaluatePublishGate(
    {
      headline,
      body,
      tagIds: tags.map((t) => t.id),
      bylineIds,
      sources: data.sources,
      commentRequests: data.commentRequests,
      leadImage,
    },
    new Date(),
  );
  const fieldErrors = status.kind === "failed" ? status.fieldErrors : {};

  // Workflow steps first save pending text, so the desk publishes what is on screen.
  const step = (run: () => Promise<ActionResult>) => async (): Promise<ActionResult> => {
    if (editable && autosave.dirty() && !(await saveNow()))
      return {
        ok: false,
        message: "Save the story first (see the status above the text).",
        fieldErrors: {},
      };
    const result = await run();
    refresh();
    return result;
  };
  const searchTags = useCallback(async (q: string) => {
    const r = await panel.searchTagsAction(q);
    return r.ok ? r.tags : [];
  }, []);
  const searchStories = useCallback(
    async (q: string) => {
      const r = await panel.searchPublishedAction(q, s.id);
      return r.ok ? r.stories : [];
    },
    [s.id],
  );
  const onReady = useCallback((e: Editor) => {
    editorRef.current = e;
  }, []);

  return (
    <main className="editor-screen">
      <header className="editor-header">
        <p>
          <Link href="/admin">← Stories</Link> ·{" "}
          <Link href={`/admin/stories/${s.id}/revisions`}>Revisions</Link>
          {s.status === "PUBLISHED" && (
            <>
              {" "}
              · <Link href={`/news/${s.slug}`}>View on site</Link>
            </>
          )}
        </p>
        {editable ? (
          <SaveStatusLine
            status={status}
            dirty={autosave.dirty()}
            onRetry={() => void saveNow()}
            onSave={() => void saveNow()}
          />
        ) : (
          <p className="muted">
            Read only: you cannot edit this story
            {s.status === "PUBLISHED" ? " now that it is published" : ""}.
          </p>
        )}
        {others.length > 0 && (
          <p className="presence" data-testid="presence">
            Also editing: {others.map((o) => o.name).join(", ")}
          </p>
        )}
        {serverVersion > autosave.version && status.kind !== "conflict" && (
          <p className="warn-text">
            A newer version ({serverVersion}) was saved by someone else. Your next save will be
            checked against it;{" "}
            <button type="button" className="secondary small" onClick={() => location.reload()}>
              reload
            </button>{" "}
            to see theirs.
          </p>
        )}
      </header>
      {localDraft && (
        <div className="notice" role="alert">
          Unsaved text from{" "}
          {new Date(localDraft.savedAt).toLocaleTimeString("en-GB", {
            hour: "2-digit",
            minute: "2-digit",
          })}{" "}
          was found in this browser.{" "}
          <button
            type="button"
            onClick={() => {
              autosave.restoreBase(localDraft.baseVersion);
              applyValues(localDraft.values);
              setLocalDraft(null);
            }}
          >
            Restore it
          </button>{" "}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              window.localStorage.removeItem(`newsroom:story-draft:${s.id}`);
              setLocalDraft(null);
            }}
          >
            Discard
          </button>
        </div>
      )}
      {status.kind === "conflict" && (
        <ConflictPanel
          conflict={status.conflict}
          mine={{ headline, text }}
          onTakeOver={() => rebase(status.conflict.version, true)}
          onLoadTheirs={() => {
            const c = status.conflict;
            rebase(c.version, false);
            applyValues({
              headline: c.headline,
              summary: c.summary,
              dateline: c.dateline,
              body: c.body,
            });
          }}
        />
      )}
      <div className="editor-columns">
        <div className="editor-main">
          <MetaFields
            values={{ headline, summary, dateline, slug, bylineIds }}
            staff={data.staff}
            editable={editable}
            fieldErrors={fieldErrors}
            onChange={{
              headline: setHeadline,
              summary: setSummary,
              dateline: setDateline,
              slug: setSlug,
              bylineIds: setBylineIds,
            }}
          />
          <RichText
            initialContent={s.body as JSONContent}
            editable={editable}
            onChange={setBody}
            onReady={onReady}
            sources={data.sources}
            searchTags={searchTags}
            onTagLinked={(t) =>
              setTags((cur) => (cur.some((x) => x.id === t.id) ? cur : [...cur, t]))
            }
          />
          {fieldErrors.body && (
            <p className="field-error" role="alert">
              {fieldErrors.body.join(" ")}
            </p>
          )}
          <p className="muted counts" data-testid="word-count">
            {words} word{words === 1 ? "" : "s"} · {readingMinutes(words)} min read
          </p>
        </div>
        <aside className="editor-side" aria-label="Reporting">
          <GatePanel
            gate={gate}
            status={s.status}
            scheduledAt={s.scheduledAt}
            publishedAt={s.publishedAt}
            permissions={data.permissions}
            steps={{
              submit: step(() => story.submitAction(s.id)),
              publish: step(() => story.publishAction(s.id)),
              unpublish: step(() => story.unpublishAction(s.id)),
              returnToDraft: step(() => story.returnToDraftAction(s.id)),
            }}
            schedule={(when) =>
              step(() => story.scheduleAction(s.id, when, new Date().getTimezoneOffset()))()
            }
          />
          <ImagePanel
            storyId={s.id}
            editable={editable}
            editor={() => editorRef.current}
            actions={media}
            onLeadChange={setLeadImage}
          />
          <SourcesPanel
            storyId={s.id}
            sources={data.sources}
            passages={passages}
            editable={editable}
            canApprove={data.permissions.approveSources}
            canViewPrivate={data.permissions.viewPrivate}
            saveAction={panel.saveSourceAction}
            remove={panel.removeSourceAction}
            move={panel.moveSourceAction}
            approve={panel.approveSourceAction}
            refresh={refresh}
          />
          <CommentRequestsPanel
            storyId={s.id}
            requests={data.commentRequests}
            editable={editable}
            saveAction={panel.saveCommentRequestAction}
            remove={panel.removeCommentRequestAction}
            move={panel.moveCommentRequestAction}
            insert={(sentence) =>
              editorRef.current?.chain().focus().insertContent(`${sentence} `).run()
            }
            refresh={refresh}
          />
          <TagsPanel
            tags={tags}
            editable={editable}
            search={searchTags}
            onChange={setTags}
            error={fieldErrors.tagIds?.join(" ")}
            create={
              data.permissions.createTags
                ? async (name) => {
                    const r = await panel.createTagAction(name);
                    return r.ok ? r.tag : (r.fieldErrors.name?.join(" ") ?? r.message);
                  }
                : undefined
            }
          />
          <RelatedPanel
            storyId={s.id}
            related={data.related}
            editable={editable}
            search={searchStories}
            addInternal={(target) => panel.addInternalRelatedAction(s.id, target)}
            addExternalAction={panel.addExternalRelatedAction}
            remove={panel.removeRelatedAction}
            move={panel.moveRelatedAction}
            refresh={refresh}
          />
          {s.firstPublishedAt && (
            <CorrectionsPanel
              storyId={s.id}
              corrections={data.corrections}
              canAdd={data.permissions.addCorrections}
              addAction={panel.addCorrectionAction}
              refresh={refresh}
            />
          )}
        </aside>
      </div>
    </main>
  );
}
