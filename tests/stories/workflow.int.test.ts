import { beforeEach, describe, expect, it, vi } from "vitest";
import { ForbiddenError } from "../../lib/shared/errors";
import { addCommentRequest } from "../../lib/comment-requests/mutations";
import { db } from "../../lib/db/client";
import { addSource, approveSource, updateSource } from "../../lib/sources/mutations";
import { saveStory } from "../../lib/stories/mutations";
import { getStoryForEditor } from "../../lib/stories/queries";
import { publishDueStories } from "../../lib/stories/scheduler";
import {
  publishStory,
  returnToDraft,
  scheduleStory,
  submitStory,
  unpublishStory,
} from "../../lib/stories/workflow";
import { createTagInline, searchTagsForPicker } from "../../lib/tags/picker";
import { signInAs } from "../helpers/auth-mock";
import { createStory, createUser, paragraphDoc, storyForm } from "../helpers/factories";
import { invalidated, invalidateTags } from "../helpers/invalidate-spy";

vi.mock("@/lib/auth/auth", () => import("../helpers/auth-mock"));

async function readyStory(authorId: string) {
  const tag = await db.tag.create({
    data: {
      name: `Topic ${Math.random()}`,
      slug: `topic-${Date.now()}-${Math.floor(Math.random() * 1e6)}`,
    },
  });
  const story = await createStory({
    authors: [{ id: authorId }],
    body: paragraphDoc("Pilots walked out on Monday."),
  });
  await db.storyTag.create({ data: { storyId: story.id, tagId: tag.id, position: 0 } });
  return { story, tag };
}

const anonymousSource = {
  anonymous: true,
  publicDescription: "a pilot",
  headcount: 1,
  basisOfKnowledge: "was there",
  anonymityReason: "fears dismissal",
  privateIdentity: "Jane Roe",
  privateContact: "+1 555 0100",
};

describe("workflow and the publish gate on the server", () => {
  beforeEach(() => invalidateTags.mockClear());

  it("reporter submits; the gate blocks publishing until an editor approves the anonymous source", async () => {
    const reporter = await createUser({ role: "REPORTER" });
    const editor = await createUser({ role: "EDITOR", name: "Desk Editor" });
    const { story, tag } = await readyStory(reporter.id);
    signInAs(reporter);
    const { id: sourceId } = await addSource(story.id, anonymousSource);
    expect(await submitStory(story.id)).toEqual({ status: "IN_REVIEW" });
    await expect(publishStory(story.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(approveSource(sourceId)).rejects.toBeInstanceOf(ForbiddenError); // not their own

    signInAs(editor);
    await expect(publishStory(story.id)).rejects.toMatchObject({
      fieldErrors: { gate: [expect.stringContaining("approved by an editor")] },
    });
    expect((await db.story.findUniqueOrThrow({ where: { id: story.id } })).status).toBe(
      "IN_REVIEW",
    );
    await approveSource(sourceId);
    const approved = await db.source.findUniqueOrThrow({ where: { id: sourceId } });
    expect(approved).toMatchObject({ approvedById: editor.id });
    expect(approved.approvedAt).toBeInstanceOf(Date);
    expect(await publishStory(story.id)).toEqual({ status: "PUBLISHED" });
    const row = await db.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(row.publishedAt).toBeInstanceOf(Date);
    expect(row.firstPublishedAt).toEqual(row.publishedAt);
    expect(invalidated()).toEqual(
      expect.arrayContaining([
        "stories",
        `story:${story.id}`,
        `story-slug:${story.slug}`,
        `tag:${tag.id}`,
        `author:${reporter.id}`,
      ]),
    );
    expect(
      await db.auditLog.count({ where: { entityId: story.id, action: "story.publish" } }),
    ).toBe(1);

    // The reporter can no longer edit it; unpublishing is the desk's.
    signInAs(reporter);
    await expect(unpublishStory(story.id)).rejects.toBeInstanceOf(ForbiddenError);
    signInAs(editor);
    expect(await unpublishStory(story.id)).toEqual({ status: "UNPUBLISHED" });
  });

  it("refuses to publish on a claim the recorded requests do not support", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const { story } = await readyStory(editor.id);
    await db.story.update({
      where: { id: story.id },
      data: {
        body: paragraphDoc(
          "Pilots walked out.",
          "The port authority did not respond to requests for comment.",
        ),
      },
    });
    signInAs(editor);
    await addCommentRequest(story.id, {
      organisation: "The port authority",
      channel: "EMAIL",
      sentAt: new Date(),
      outcome: "DECLINED",
    });
    await expect(publishStory(story.id)).rejects.toThrow(/recorded as declined/);
  });

  it("clears an approval when the claim it approved changes", async () => {
    const reporter = await createUser({ role: "REPORTER" });
    const editor = await createUser({ role: "EDITOR" });
    const { story } = await readyStory(reporter.id);
    signInAs(reporter);
    const { id } = await addSource(story.id, anonymousSource);
    signInAs(editor);
    await approveSource(id);
    signInAs(reporter);
    // Saving the same source again changes nothing that was approved.
    expect(await updateSource(id, { ...anonymousSource })).toEqual({ approvalCleared: false });
    expect(
      await updateSource(id, { ...anonymousSource, anonymityReason: "another reason" }),
    ).toEqual({ approvalCleared: true, message: expect.stringContaining("approval is cleared") });
    expect((await db.source.findUniqueOrThrow({ where: { id } })).approvedAt).toBeNull();
  });

  it("sends private source fields only to the story's authors and the desk", async () => {
    const reporter = await createUser({ role: "REPORTER" });
    const other = await createUser({ role: "REPORTER" });
    const editor = await createUser({ role: "EDITOR" });
    const { story } = await readyStory(reporter.id);
    signInAs(reporter);
    await addSource(story.id, anonymousSource);
    expect((await getStoryForEditor(story.id))?.sources[0]).toMatchObject({
      privateIdentity: "Jane Roe",
      privateContact: "+1 555 0100",
    });
    signInAs(editor);
    expect((await getStoryForEditor(story.id))?.sources[0].privateIdentity).toBe("Jane Roe");
    signInAs(other);
    await expect(getStoryForEditor(story.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addSource(story.id, anonymousSource)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses a schedule time in the past, with a message by the field", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const { story } = await readyStory(editor.id);
    signInAs(editor);
    await expect(
      scheduleStory({ storyId: story.id, scheduledAt: new Date(Date.now() - 60_000) }),
    ).rejects.toMatchObject({
      fieldErrors: { scheduledAt: ["The scheduled time must be in the future."] },
    });
  });

  it("publishes a scheduled story when its time comes, once, even with two schedulers", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const { story } = await readyStory(editor.id);
    signInAs(editor);
    // The text as autosaved (version 2) is the one scheduled, then published.
    await saveStory(await storyForm(story.id), { kind: "AUTOSAVE" });
    expect(
      await scheduleStory({ storyId: story.id, scheduledAt: new Date(Date.now() + 60_000) }),
    ).toEqual({ status: "SCHEDULED" });
    expect((await publishDueStories()).published).not.toContain(story.id);
    const due = new Date(Date.now() - 1000);
    await db.story.update({ where: { id: story.id }, data: { scheduledAt: due } });
    const [a, b] = await Promise.all([publishDueStories(), publishDueStories()]);
    expect([...a.published, ...b.published].filter((id) => id === story.id)).toHaveLength(1);
    expect([...a.tags, ...b.tags]).toContain(`story:${story.id}`);
    const row = await db.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(row).toMatchObject({ status: "PUBLISHED", scheduledAt: null });
    expect(row.publishedAt).toEqual(due);
    // Its revision records both steps, the publish once: that version is kept, never folded into.
    const revision = await db.revision.findUniqueOrThrow({
      where: { storyId_version: { storyId: story.id, version: 2 } },
    });
    expect(revision).toMatchObject({ kind: "AUTOSAVE", steps: ["SCHEDULED", "PUBLISHED"] });
  });

  it("holds a scheduled story that no longer passes the gate, and sends it back to review", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const { story } = await readyStory(editor.id);
    signInAs(editor);
    await scheduleStory({ storyId: story.id, scheduledAt: new Date(Date.now() + 60_000) });
    await db.storyTag.deleteMany({ where: { storyId: story.id } }); // edited after scheduling
    await db.story.update({
      where: { id: story.id },
      data: { scheduledAt: new Date(Date.now() - 1000) },
    });
    expect((await publishDueStories()).published).not.toContain(story.id);
    expect(await db.story.findUniqueOrThrow({ where: { id: story.id } })).toMatchObject({
      status: "IN_REVIEW",
      scheduledAt: null,
      publishedAt: null,
    });
    expect(
      await db.auditLog.findFirst({
        where: { entityId: story.id, action: "story.schedule_blocked" },
      }),
    ).not.toBeNull();
  });

  it("lets the desk send a story back to draft, and not a reporter", async () => {
    const reporter = await createUser({ role: "REPORTER" });
    const editor = await createUser({ role: "EDITOR" });
    const { story } = await readyStory(reporter.id);
    signInAs(reporter);
    await submitStory(story.id);
    await expect(returnToDraft(story.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submitStory(story.id)).rejects.toThrow(/in review/);
    signInAs(editor);
    expect(await returnToDraft(story.id)).toEqual({ status: "DRAFT" });
  });
});

describe("tag picker", () => {
  it("finds tags by name, slug and alias; only the desk may create one inline", async () => {
    const reporter = await createUser({ role: "REPORTER" });
    const editor = await createUser({ role: "EDITOR" });
    await db.tag.create({
      data: { name: "Rare earth magnets", slug: "rare-earth-magnets", aliases: ["neodymium"] },
    });
    signInAs(reporter);
    expect((await searchTagsForPicker("rare")).map((t) => t.name)).toContain("Rare earth magnets");
    expect((await searchTagsForPicker("NEODYM")).map((t) => t.name)).toEqual([
      "Rare earth magnets",
    ]);
    await expect(createTagInline({ name: "Export restrictions" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    signInAs(editor);
    expect(await createTagInline({ name: "Export restrictions" })).toMatchObject({
      slug: "export-restrictions",
    });
    await expect(createTagInline({ name: "export restrictions" })).rejects.toThrow(
      /already exists/,
    );
  });
});
