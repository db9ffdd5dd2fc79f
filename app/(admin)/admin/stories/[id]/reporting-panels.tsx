"use client";

import type { Editor, JSONContent } from "@tiptap/core";
import { useCallback, useMemo, useState } from "react";
import { CommentRequestsPanel } from "@/components/editor/comment-requests-panel";
import { CorrectionsPanel } from "@/components/editor/corrections-panel";
import { GatePanel } from "@/components/editor/gate-panel";
import { ImagePanel } from "@/components/editor/image-panel";
import { RelatedPanel } from "@/components/editor/related-panel";
import { SourcesPanel } from "@/components/editor/sources-panel";
import type { TagOption } from "@/components/editor/tag-search";
import { TagsPanel } from "@/components/editor/tags-panel";
import { collectMarks } from "@/lib/editor/document";
import type { GateImage } from "@/lib/media/gate";
import { evaluatePublishGate } from "@/lib/stories/policy";
import type { EditorData } from "@/lib/stories/queries";
import type { ActionResult } from "@/lib/shared/action-result";
import * as media from "../../media/actions";
import * as story from "./actions";
import * as panel from "./panel-actions";

type Step = (run: () => Promise<ActionResult>) => () => Promise<ActionResult>;

// The column beside the text: the publish checklist with the workflow buttons, then the reporting
// panels. Panels save on their own and then refresh the page's data (`refresh`).
export function ReportingPanels({
  data,
  body,
  headline,
  tags,
  bylineIds,
  onTagsChange,
  tagError,
  step,
  refresh,
  insertSentence,
  searchTags,
  editor,
}: {
  data: EditorData;
  /** The text as of the last pause in typing. */
  body: JSONContent;
  headline: string;
  tags: TagOption[];
  bylineIds: string[];
  onTagsChange: (tags: TagOption[]) => void;
  tagError?: string;
  step: Step;
  refresh: () => void;
  insertSentence: (sentence: string) => void;
  searchTags: (q: string) => Promise<TagOption[]>;
  /** The text editor, for placing pictures in the text. */
  editor: () => Editor | null;
}) {
  const s = data.story;
  const editable = data.permissions.edit;
  // The lead image as the image panel last loaded it (undefined until it has).
  const [leadImage, setLeadImage] = useState<GateImage | null | undefined>(undefined);
  const gate = useMemo(
    () =>
      evaluatePublishGate(
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
      ),
    [headline, body, tags, bylineIds, data.sources, data.commentRequests, leadImage],
  );
  const passages = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const m of collectMarks(body, "sourceRef"))
      map.set(m.id, [...(map.get(m.id) ?? []), m.text]);
    return map;
  }, [body]);
  const searchStories = useCallback(
    async (q: string) => {
      const r = await panel.searchPublishedAction(q, s.id);
      return r.ok ? r.stories : [];
    },
    [s.id],
  );
  const loadTagRequests = useCallback(async () => {
    const r = await panel.tagRequestsAction(s.id);
    return r.ok ? r.requests : [];
  }, [s.id]);
  const { createTag, askForTag } = tagActions(s.id, data.permissions.createTags);

  return (
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
        editor={editor}
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
        insert={insertSentence}
        refresh={refresh}
      />
      <TagsPanel
        tags={tags}
        editable={editable}
        search={searchTags}
        onChange={onTagsChange}
        error={tagError}
        create={createTag}
        ask={askForTag}
        loadRequests={data.permissions.createTags ? loadTagRequests : undefined}
      />
      <RelatedPanel
        storyId={s.id}
        related={data.related}
        editable={editable}
        search={searchStories}
        addInternal={(target) => panel.addInternalRelatedAction(s.id, target)}
        saveExternalAction={panel.saveExternalRelatedAction}
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
  );
}

/** A tag the vocabulary lacks: editors create it without leaving the story, reporters ask the desk. */
export function tagActions(storyId: string, canCreate: boolean) {
  if (canCreate)
    return {
      createTag: async (name: string): Promise<TagOption | string> => {
        const r = await panel.createTagAction(name);
        return r.ok ? r.tag : (r.fieldErrors.name?.join(" ") ?? r.message);
      },
      askForTag: undefined,
    };
  return {
    createTag: undefined,
    askForTag: async (name: string): Promise<string | null> => {
      const r = await panel.requestTagAction(storyId, name);
      return r.ok ? null : r.message;
    },
  };
}
