"use client";

import { useRouter } from "next/navigation";
import { useCallback, useMemo } from "react";
import { ConflictPanel } from "@/components/editor/conflict-panel";
import { LeftoverDraftNotice, useLeftoverDraft } from "@/components/editor/local-draft-notice";
import { MetaFields } from "@/components/editor/meta-fields";
import { RichText } from "@/components/editor/rich-text";
import "@/components/editor/editor.css";
import { countWords, documentToPlainText, readingMinutes } from "@/lib/editor/document";
import type { EditorData } from "@/lib/stories/queries";
import type { ActionResult } from "@/lib/shared/action-result";
import { EditorHeader } from "./editor-header";
import * as panel from "./panel-actions";
import { ReportingPanels, tagActions } from "./reporting-panels";
import { usePresence } from "./use-presence";
import { useStoryForm } from "./use-story-form";

// The story editor screen: text and metadata saved together (autosave, versioned), reporting panels
// saved on their own, and the publish checklist computed by the same function the server runs.
// Its parts, one concern each: useStoryForm (fields, text, autosave), usePresence (who else is here),
// useLeftoverDraft (text an earlier visit left in this browser), EditorHeader, ReportingPanels.
export function EditorScreen({ data }: { data: EditorData }) {
  const router = useRouter();
  const s = data.story;
  const editable = data.permissions.edit;
  const form = useStoryForm(data);
  const { meta, edit, autosave } = form;
  const { status } = autosave;
  const presence = usePresence(s.id, s.version);
  const leftover = useLeftoverDraft(s);
  const refresh = useCallback(() => router.refresh(), [router]);
  const text = useMemo(() => documentToPlainText(form.body), [form.body]);
  const fieldErrors = status.kind === "failed" ? status.fieldErrors : {};

  // Workflow steps first save pending text, so the desk publishes what is on screen. The step's
  // action revalidates this page itself, which brings the new status: no second refresh here.
  const step = (run: () => Promise<ActionResult>) => async (): Promise<ActionResult> => {
    if (editable && autosave.isDirty() && !(await autosave.saveNow()))
      return {
        ok: false,
        message: "Save the story first (see the status above the text).",
        fieldErrors: {},
      };
    return run();
  };
  const searchTags = useCallback(async (q: string) => {
    const r = await panel.searchTagsAction(q);
    return r.ok ? r.tags : [];
  }, []);
  const { createTag, askForTag } = tagActions(s.id, data.permissions.createTags);

  return (
    <main className="editor-screen">
      <EditorHeader
        story={s}
        editable={editable}
        status={status}
        dirty={autosave.dirty}
        onSave={() => void autosave.saveNow("save")}
        others={presence.others}
        newerVersion={
          presence.serverVersion > autosave.version && status.kind !== "conflict"
            ? presence.serverVersion
            : null
        }
      />
      {leftover.draft && (
        <LeftoverDraftNotice
          draft={leftover.draft}
          onRestore={() => {
            const draft = leftover.draft;
            if (!draft) return;
            autosave.restoreBase(draft.baseVersion);
            form.apply(draft.values);
            autosave.changed();
            leftover.dismiss();
          }}
          onDiscard={leftover.discard}
        />
      )}
      {status.kind === "conflict" && (
        <ConflictPanel
          conflict={status.conflict}
          mine={{ headline: meta.headline, text }}
          onTakeOver={() => autosave.rebase(status.conflict.version, true)}
          onLoadTheirs={() => {
            const c = status.conflict;
            autosave.rebase(c.version, false);
            form.apply({
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
            values={meta}
            staff={data.staff}
            editable={editable}
            fieldErrors={fieldErrors}
            onChange={{
              headline: (v) => edit("headline", v),
              summary: (v) => edit("summary", v),
              dateline: (v) => edit("dateline", v),
              slug: (v) => edit("slug", v),
              bylineIds: (v) => edit("bylineIds", v),
            }}
          />
          <RichText
            initialContent={form.openedBody}
            editable={editable}
            onChange={form.onBodyChange}
            onReady={form.onReady}
            sources={data.sources}
            searchTags={searchTags}
            createTag={createTag}
            onTagLinked={form.addTag}
            askForTag={askForTag}
          />
          {fieldErrors.body && (
            <p className="field-error" role="alert">
              {fieldErrors.body.join(" ")}
            </p>
          )}
          <WordCount text={text} />
        </div>
        <ReportingPanels
          data={data}
          body={form.body}
          headline={meta.headline}
          tags={meta.tags}
          bylineIds={meta.bylineIds}
          onTagsChange={(tags) => edit("tags", tags)}
          tagError={fieldErrors.tagIds?.join(" ")}
          step={step}
          refresh={refresh}
          insertSentence={form.insertSentence}
          searchTags={searchTags}
          editor={form.editor}
        />
      </div>
    </main>
  );
}

function WordCount({ text }: { text: string }) {
  const words = countWords(text);
  return (
    <p className="muted counts" data-testid="word-count">
      {words} word{words === 1 ? "" : "s"} · {readingMinutes(words)} min read
    </p>
  );
}
