import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db/client";
import { saveStory } from "../../lib/stories/mutations";
import { restoreRevision, diffRevisions } from "../../lib/stories/revisions";
import { InputError } from "../../lib/shared/errors";
import { ForbiddenError } from "../../lib/shared/errors";
import { signInAs } from "../helpers/auth-mock";
import { markedDoc, paragraphDoc } from "../helpers/documents";
import { createStory, createUser, reporterWithDraft, storyForm } from "../helpers/factories";
import { invalidated, invalidateTags } from "../helpers/invalidate-spy";

vi.mock("@/lib/auth/auth", () => import("../helpers/auth-mock"));

describe("saving a story", () => {
  beforeEach(() => invalidateTags.mockClear());

  it("saves on top of its base version, bumps the version and writes a revision", async () => {
    const { reporter, story } = await reporterWithDraft();
    signInAs(reporter);
    const result = await saveStory({
      ...(await storyForm(story.id)),
      headline: "A new headline",
      body: paragraphDoc("Fresh words here."),
    });
    expect(result).toMatchObject({ saved: true, version: 2 });
    const row = await db.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(row).toMatchObject({
      headline: "A new headline",
      version: 2,
      bodyText: "Fresh words here.",
      wordCount: 3,
    });
    const revision = await db.revision.findFirstOrThrow({
      where: { storyId: story.id, version: 2 },
    });
    expect(revision.savedById).toBe(reporter.id);
    expect(invalidateTags).not.toHaveBeenCalled(); // a draft is not public
  });

  it("refuses a save based on an older version and returns who saved in between", async () => {
    const reporter = await createUser({ role: "REPORTER" });
    const editor = await createUser({ role: "EDITOR", name: "Edna Editor" });
    const story = await createStory({ authors: [reporter] });
    const base = await storyForm(story.id);
    signInAs(editor);
    expect(await saveStory({ ...base, body: paragraphDoc("The editor's version.") })).toMatchObject(
      { saved: true, version: 2 },
    );
    signInAs(reporter);
    const second = await saveStory({ ...base, body: paragraphDoc("The reporter's version.") });
    expect(second.saved).toBe(false);
    if (second.saved) return;
    expect(second.conflict).toMatchObject({
      version: 2,
      savedBy: "Edna Editor",
      bodyText: "The editor's version.",
    });
    expect((await db.story.findUniqueOrThrow({ where: { id: story.id } })).bodyText).toBe(
      "The editor's version.",
    );
    // Take over: the writer saves again, explicitly on top of the version they have now seen.
    expect(
      await saveStory({ ...base, baseVersion: 2, body: paragraphDoc("The reporter's version.") }),
    ).toMatchObject({ saved: true, version: 3 });
  });

  it("keeps reporters to their own unpublished stories", async () => {
    const owner = await createUser({ role: "REPORTER" });
    const other = await createUser({ role: "REPORTER" });
    const draft = await createStory({ authors: [owner] });
    const published = await createStory({ authors: [owner], status: "PUBLISHED" });
    signInAs(other);
    await expect(saveStory(await storyForm(draft.id))).rejects.toBeInstanceOf(ForbiddenError);
    signInAs(owner);
    await expect(saveStory(await storyForm(published.id))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses bad input with a message by the field", async () => {
    const { reporter, story } = await reporterWithDraft();
    const taken = await createStory({ authors: [reporter] });
    signInAs(reporter);
    const base = await storyForm(story.id);
    await expect(saveStory({ ...base, slug: taken.slug })).rejects.toMatchObject({
      fieldErrors: { slug: [expect.stringContaining("already used")] },
    });
    await expect(saveStory({ ...base, tagIds: ["no-such-tag"] })).rejects.toBeInstanceOf(
      InputError,
    );
    await expect(
      saveStory({ ...base, body: { type: "doc", content: [{ type: "iframe" }] } }),
    ).rejects.toThrow(/does not support/);
    await expect(saveStory({ ...base, body: "not json" })).rejects.toThrow();
    const huge = paragraphDoc("x".repeat(1024 * 1024 + 10));
    await expect(saveStory({ ...base, body: huge })).rejects.toThrow(/larger than 1 MB/);
    await expect(
      saveStory({
        ...base,
        body: markedDoc("x", { type: "link", attrs: { href: "javascript:alert(1)" } }),
      }),
    ).rejects.toThrow(/http, https or mailto/);
    expect((await db.story.findUniqueOrThrow({ where: { id: story.id } })).version).toBe(1);
  });

  it("republishes an edited published story and keeps its old slug answering", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const story = await createStory({ authors: [editor], status: "PUBLISHED" });
    const tag = await db.tag.create({
      data: { name: `Harbour ${story.id}`, slug: `harbour-${story.id}` },
    });
    await db.story.update({
      where: { id: story.id },
      data: { firstPublishedAt: new Date(), tags: { create: [{ tagId: tag.id, position: 0 }] } },
    });
    signInAs(editor);
    expect(
      await saveStory({ ...(await storyForm(story.id)), slug: `${story.slug}-renamed` }),
    ).toMatchObject({ saved: true });
    const tags = invalidated();
    expect(tags).toEqual(
      expect.arrayContaining([
        `story:${story.id}`,
        `story-slug:${story.slug}`,
        `story-slug:${story.slug}-renamed`,
        "stories",
      ]),
    );
    expect(await db.storySlugRedirect.findUnique({ where: { oldSlug: story.slug } })).toMatchObject(
      { storyId: story.id },
    );
  });

  it("refuses an edit that would leave a live story failing the publish checklist", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const story = await createStory({ authors: [editor], status: "PUBLISHED" });
    signInAs(editor);
    // No tag: the live story may not be saved in this state; the stored text is untouched.
    await expect(
      saveStory({ ...(await storyForm(story.id)), body: paragraphDoc("Rewritten.") }),
    ).rejects.toMatchObject({ fieldErrors: { gate: ["At least one tag"] } });
    expect((await db.story.findUniqueOrThrow({ where: { id: story.id } })).bodyText).not.toBe(
      "Rewritten.",
    );
  });

  it("restores an old revision as a new version and diffs two versions word by word", async () => {
    const { reporter, story } = await reporterWithDraft();
    signInAs(reporter);
    const base = await storyForm(story.id);
    await db.revision.create({
      data: {
        storyId: story.id,
        version: 1,
        savedById: reporter.id,
        snapshot: {
          headline: base.headline,
          summary: "",
          dateline: "",
          body: base.body as object,
          tagIds: [],
          bylineIds: [reporter.id],
        },
      },
    });
    await saveStory({
      ...base,
      body: paragraphDoc("The council voted on Monday to reject the plan."),
    });
    const diff = await diffRevisions(story.id, 1, 2);
    expect(diff.body.flat()).toEqual(
      expect.arrayContaining([
        { type: "removed", text: "Tuesday" },
        { type: "added", text: "Monday" },
      ]),
    );
    const v1 = await db.revision.findFirstOrThrow({ where: { storyId: story.id, version: 1 } });
    expect(
      await restoreRevision({ storyId: story.id, revisionId: v1.id, baseVersion: 2 }),
    ).toMatchObject({ saved: true, version: 3 });
    expect((await db.story.findUniqueOrThrow({ where: { id: story.id } })).bodyText).toContain(
      "Tuesday",
    );
  });
});
