import "server-only";
import type { JSONContent } from "@tiptap/core";
import { assertCan } from "@/lib/auth/permissions";
import { requireCan, requireUser, type CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/log";
import { storyChangeTags } from "@/lib/cache/tags";
import { invalidateTags } from "@/lib/cache/invalidate";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { EMPTY_DOCUMENT } from "@/lib/editor/document";
import { syncBodyMediaUsage } from "@/lib/media/usage";
import { slugify } from "@/lib/shared/slug";
import { deriveBody } from "./derive";
import { loadGateInput } from "./gate-input";
import { evaluatePublishGate } from "./policy";
import { loadStoryRecord } from "./record";
import { InputError } from "./result";
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
  | { saved: true; version: number; savedAt: string; slug: string }
  | { saved: false; conflict: SaveConflict };

// Create a draft with the writer as its byline; the editor opens on it.
export async function createStory(input: unknown): Promise<{ id: string }> {
  const user = await requireCan("stories.create");
  const { headline } = storyCreateSchema.parse(input);
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

// Save the whole story form on top of the version it was based on; never overwrite a newer one.
export async function saveStory(input: unknown, note = ""): Promise<SaveOutcome> {
  const user = await requireUser();
  const data = storySaveSchema.parse(input);
  return applySave(user, data, note);
}

/** The one write path for the text: used by saves, autosaves and revision restores. */
export async function applySave(
  user: CurrentUser,
  data: StorySaveInput,
  note: string,
): Promise<SaveOutcome> {
  const body = data.body as JSONContent;
  const bodyJson = data.body as unknown as Prisma.InputJsonValue;
  const derived = deriveBody(body);
  const result = await db.$transaction(async (tx) => {
    const { story, record } = await loadStoryRecord(tx, data.storyId);
    assertCan(user, "stories.edit", record);
    await checkReferences(tx, user, data, record.authorIds);
    if (story.status === "PUBLISHED") await assertStillPublishable(tx, data);
    const now = new Date();
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
      data: data.tagIds.map((tagId, position) => ({ storyId: data.storyId, tagId, position })),
    });
    if (data.slug !== story.slug && story.firstPublishedAt) {
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
    await tx.revision.create({
      data: {
        storyId: data.storyId,
        version,
        savedById: user.id,
        savedAt: now,
        note,
        snapshot: {
          headline: data.headline,
          summary: data.summary,
          dateline: data.dateline,
          body: bodyJson,
          tagIds: data.tagIds,
          bylineIds: data.bylineIds,
        },
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "story.save",
      entityType: "story",
      entityId: data.storyId,
      details: { version, ...(note ? { note } : {}) },
    });
    const change = {
      storyId: data.storyId,
      slugs: [story.slug, data.slug],
      tagIds: [...story.tags.map((t) => t.tagId), ...data.tagIds],
      authorIds: [...record.authorIds, ...data.bylineIds],
    };
    return {
      saved: true as const,
      version,
      savedAt: now.toISOString(),
      slug: data.slug,
      status: story.status,
      change,
    };
  });
  if (!result.saved) return result;
  // An edit to a published story republishes it: every page that shows it refreshes.
  if (result.status === "PUBLISHED") invalidateTags(storyChangeTags(result.change));
  return { saved: true, version: result.version, savedAt: result.savedAt, slug: result.slug };
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
  // A reporter who took themselves off the byline would lock themselves out of their own story.
  if (
    user.role === "REPORTER" &&
    authorIds.includes(user.id) &&
    !data.bylineIds.includes(user.id)
  ) {
    throw new InputError("You cannot remove yourself from the byline.", {
      bylineIds: ["You cannot remove yourself from the byline; ask an editor."],
    });
  }
}

// An edit to a published story goes live at once, so it must still pass the publish gate.
async function assertStillPublishable(tx: Tx, data: StorySaveInput) {
  const current = await loadGateInput(tx, data.storyId);
  const gate = evaluatePublishGate(
    {
      ...current,
      headline: data.headline,
      body: data.body as JSONContent,
      tagCount: data.tagIds.length,
    },
    new Date(),
  );
  if (!gate.canPublish) {
    throw new InputError(
      `This story is live, and this edit would fail the publish checklist: ${gate.blocking.map((c) => c.message).join("; ")}.`,
      { gate: gate.blocking.map((c) => c.message) },
    );
  }
}

async function loadConflict(tx: Tx, storyId: string): Promise<SaveConflict> {
  const current = await tx.story.findUniqueOrThrow({
    where: { id: storyId },
    select: {
      version: true,
      updatedAt: true,
      headline: true,
      summary: true,
      dateline: true,
      bodyText: true,
      body: true,
      updatedBy: { select: { name: true } },
    },
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
