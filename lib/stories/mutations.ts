import "server-only";
import type { JSONContent } from "@tiptap/core";
import { assertCan, can } from "@/lib/auth/permissions";
import { requireCan, requireUser, type CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/log";
import type { StoryAspect } from "@/lib/cache/tags";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { RevisionKind } from "@/lib/db/generated/enums";
import { collectMarks, EMPTY_DOCUMENT } from "@/lib/editor/document";
import { syncBodyMediaUsage } from "@/lib/media/usage";
import { slugify } from "@/lib/shared/slug";
import { assertLiveStoryPasses } from "./child-access";
import { deriveBody } from "./derive";
import { refreshRelatedLists } from "@/lib/related/stored";
import { changeOf, loadStoryForWrite, mergeChanges, refreshReaders } from "./record";
import { writeRevision } from "./revision-write";
import { InputError, parseInput } from "@/lib/shared/errors";
import { storyCreateSchema, storySaveSchema, type StorySaveInput } from "./schema";

/** Someone else saved first: who, when, and their text, so the writer can compare and decide. */
export interface SaveConflict {
  version: number;
  savedBy: string;
  savedAt: string;
  headline: string;
  summary: string;
  dateline: string;
  bodyText: string;
  body: JSONContent;
}

export type SaveOutcome =
  | {
      saved: true;
      version: number;
      savedAt: string;
      slug: string;
      /** Tags this save added because the text newly links to them (the writer may remove them). */
      linkedTagsAdded: string[];
    }
  | { saved: false; conflict: SaveConflict };

// Create a draft with the writer as its byline; the editor opens on it.
export async function createStory(input: unknown): Promise<{ id: string }> {
  const user = await requireCan("stories.create");
  const { headline } = parseInput(storyCreateSchema, input);
  const base = slugify(headline) || "story";
  const story = await db.$transaction(async (tx) => {
    const taken = await tx.story.count({ where: { slug: base } });
    const slug = taken ? `${base}-${Date.now().toString(36)}` : base;
    const created = await tx.story.create({
      data: {
        slug,
        headline,
        body: EMPTY_DOCUMENT as Prisma.InputJsonValue,
        ...deriveBody(EMPTY_DOCUMENT),
        createdById: user.id,
        updatedById: user.id,
        bylines: { create: [{ userId: user.id, position: 0 }] },
      },
      select: { id: true },
    });
    await tx.revision.create({
      data: {
        storyId: created.id,
        version: 1,
        kind: "CREATE",
        savedById: user.id,
        note: "Created",
        snapshot: {
          headline,
          summary: "",
          dateline: "",
          body: EMPTY_DOCUMENT,
          tagIds: [],
          bylineIds: [user.id],
        } as Prisma.InputJsonValue,
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "story.create",
      entityType: "story",
      entityId: created.id,
      details: { headline },
    });
    return created;
  });
  return story;
}

/** How a write of the text came about, and when (the clock is the caller's: tests pass theirs). */
export interface SaveHow {
  /** SAVE: the writer asked for it; AUTOSAVE: the editor did, and it may fold into the last one. */
  kind?: Extract<RevisionKind, "SAVE" | "AUTOSAVE">;
  now?: Date;
}

// Save the whole story form on top of the version it was based on; never overwrite a newer one.
export async function saveStory(input: unknown, how: SaveHow = {}): Promise<SaveOutcome> {
  const user = await requireUser();
  const data = parseInput(storySaveSchema, input);
  return applySave(user, data, { kind: how.kind ?? "SAVE", now: how.now });
}

/** The one write path for the text: used by saves, autosaves and revision restores. */
export async function applySave(
  user: CurrentUser,
  data: StorySaveInput,
  how: { kind: RevisionKind; note?: string; now?: Date },
): Promise<SaveOutcome> {
  const note = how.note ?? "";
  const body = data.body as JSONContent;
  const bodyJson = data.body as unknown as Prisma.InputJsonValue;
  const derived = deriveBody(body);
  const result = await db.$transaction(async (tx) => {
    // Locked first: a publish in flight finishes before this save reads the status (and vice versa).
    const { story, record } = await loadStoryForWrite(tx, data.storyId);
    assertCan(user, "stories.edit", record);
    await checkReferences(tx, user, data, record.authorIds);
    const linkedTagsAdded = await newlyLinkedTags(tx, data);
    const tagIds = [...data.tagIds, ...linkedTagsAdded];
    const now = how.now ?? new Date();
    const updated = await tx.story.updateMany({
      where: { id: data.storyId, version: data.baseVersion },
      data: {
        headline: data.headline,
        summary: data.summary,
        dateline: data.dateline,
        slug: data.slug,
        body: bodyJson,
        ...derived,
        version: { increment: 1 },
        updatedById: user.id,
        updatedAt: now,
      },
    });
    if (updated.count === 0)
      return { saved: false as const, conflict: await loadConflict(tx, data.storyId) };
    const version = data.baseVersion + 1;
    await syncBodyMediaUsage(tx, data.storyId, body);
    await tx.byline.deleteMany({ where: { storyId: data.storyId } });
    await tx.byline.createMany({
      data: data.bylineIds.map((userId, position) => ({ storyId: data.storyId, userId, position })),
    });
    await tx.storyTag.deleteMany({ where: { storyId: data.storyId } });
    await tx.storyTag.createMany({
      data: tagIds.map((tagId, position) => ({ storyId: data.storyId, tagId, position })),
    });
    const reslugged = data.slug !== story.slug;
    if (reslugged && story.firstPublishedAt) {
      // Readers and search engines hold the old address: keep it answering.
      await tx.storySlugRedirect.deleteMany({
        where: { oldSlug: data.slug, storyId: data.storyId },
      });
      await tx.storySlugRedirect.upsert({
        where: { oldSlug: story.slug },
        create: { oldSlug: story.slug, storyId: data.storyId },
        update: { storyId: data.storyId },
      });
    }
    // An edit to a published story goes live at once: it must still pass the publish gate, judged
    // on what this transaction is about to commit (text, tags and bylines together).
    await assertLiveStoryPasses(tx, data.storyId, story.status, "this edit");
    // A live edit re-ranks its related list (and, retagged, its neighbours'), in this transaction.
    if (story.status === "PUBLISHED")
      await refreshRelatedLists(
        tx,
        data.storyId,
        story.tags.map((t) => t.tagId),
      );
    await writeRevision(tx, {
      storyId: data.storyId,
      version,
      kind: how.kind,
      savedById: user.id,
      now,
      note,
      snapshot: {
        headline: data.headline,
        summary: data.summary,
        dateline: data.dateline,
        body: bodyJson,
        tagIds,
        bylineIds: data.bylineIds,
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "story.save",
      entityType: "story",
      entityId: data.storyId,
      details: {
        version,
        ...(note ? { note } : {}),
        ...(linkedTagsAdded.length ? { linkedTagsAdded } : {}),
      },
    });
    const after = {
      storyId: data.storyId,
      slugs: [data.slug],
      tagIds,
      authorIds: data.bylineIds,
    };
    const aspects: StoryAspect[] = [
      "text",
      "tags",
      "bylines",
      ...(reslugged ? ["slug" as const] : []),
    ];
    return {
      saved: true as const,
      version,
      savedAt: now.toISOString(),
      slug: data.slug,
      linkedTagsAdded,
      status: story.status,
      change: mergeChanges(changeOf(story), after),
      aspects,
    };
  });
  if (!result.saved) return result;
  // An edit to a published story republishes it: every page that shows it refreshes.
  refreshReaders(result.change, result.aspects, result.status === "PUBLISHED");
  return {
    saved: true,
    version: result.version,
    savedAt: result.savedAt,
    slug: result.slug,
    linkedTagsAdded: result.linkedTagsAdded,
  };
}

/**
 * Linking words to a tag tags the story: tags the text links to for the first time in this save
 * (not linked in the saved version before it) are added to the tag list. A writer who then removes
 * the tag from the list keeps it removed (the link is no longer new); the checklist warns.
 */
async function newlyLinkedTags(tx: Tx, data: StorySaveInput): Promise<string[]> {
  const linked = new Set(collectMarks(data.body as JSONContent, "tagLink").map((m) => m.id));
  for (const id of data.tagIds) linked.delete(id);
  if (linked.size === 0) return [];
  const before = await tx.story.findUniqueOrThrow({
    where: { id: data.storyId },
    select: { body: true },
  });
  for (const m of collectMarks(before.body as JSONContent, "tagLink")) linked.delete(m.id);
  if (linked.size === 0) return [];
  // A link to a tag that was since deleted adds nothing (the renderer shows its words plainly).
  const existing = await tx.tag.findMany({
    where: { id: { in: [...linked] } },
    select: { id: true },
  });
  const ids = new Set(existing.map((t) => t.id));
  return [...linked].filter((id) => ids.has(id));
}

async function checkReferences(
  tx: Tx,
  user: CurrentUser,
  data: StorySaveInput,
  authorIds: readonly string[],
) {
  const slugOwner = await tx.story.findFirst({
    where: { slug: data.slug, NOT: { id: data.storyId } },
    select: { id: true },
  });
  const redirectOwner = await tx.storySlugRedirect.findFirst({
    where: { oldSlug: data.slug, NOT: { storyId: data.storyId } },
    select: { storyId: true },
  });
  if (slugOwner || redirectOwner)
    throw new InputError("That slug is already used by another story.", {
      slug: ["That slug is already used by another story; choose another."],
    });
  const tags = await tx.tag.count({ where: { id: { in: data.tagIds } } });
  if (tags !== new Set(data.tagIds).size)
    throw new InputError("A tag no longer exists.", {
      tagIds: [
        "One of the tags does not exist (it may have been merged or deleted); remove it and pick again.",
      ],
    });
  const staff = await tx.user.count({ where: { id: { in: data.bylineIds }, active: true } });
  if (staff !== new Set(data.bylineIds).size)
    throw new InputError("A byline is not an active staff member.", {
      bylineIds: ["Every byline must be an active staff member."],
    });
  // Who may take themselves off a byline is the permission table's ("bylines.removeSelf").
  if (
    authorIds.includes(user.id) &&
    !data.bylineIds.includes(user.id) &&
    !can(user, "bylines.removeSelf")
  ) {
    throw new InputError("You cannot remove yourself from the byline.", {
      bylineIds: ["You cannot remove yourself from the byline; ask an editor."],
    });
  }
}

/** What a SaveConflict is made of: the saved version, who saved it and when, and its text. */
const conflictSelect = {
  version: true,
  updatedAt: true,
  headline: true,
  summary: true,
  dateline: true,
  bodyText: true,
  body: true,
  updatedBy: { select: { name: true } },
} satisfies Prisma.StorySelect;

async function loadConflict(tx: Tx, storyId: string): Promise<SaveConflict> {
  const current = await tx.story.findUniqueOrThrow({
    where: { id: storyId },
    select: conflictSelect,
  });
  return {
    version: current.version,
    savedBy: current.updatedBy?.name ?? "someone",
    savedAt: current.updatedAt.toISOString(),
    headline: current.headline,
    summary: current.summary,
    dateline: current.dateline,
    bodyText: current.bodyText,
    body: current.body as JSONContent,
  };
}
