import "server-only";
import { requireUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { moveSchema } from "@/lib/sources/schema";
import { assertStoryAccess, moveStoryRow, type OrderedRows } from "@/lib/stories/child-access";
import { changeOf, refreshReaders } from "@/lib/stories/record";
import { InputError, NotFoundError, parseId, parseInput } from "@/lib/shared/errors";
import { relatedExternalSchema, relatedInputSchema } from "./schema";

// Related articles of a story, shown on its public page: a published story's page refreshes.
type Story = Parameters<typeof changeOf>[0] & { status: string };
function refresh(story: Story) {
  refreshReaders(changeOf(story), ["related"], story.status === "PUBLISHED");
}

export async function addRelated(storyId: string, input: unknown) {
  storyId = parseId(storyId, "story");
  const user = await requireUser();
  const data = parseInput(relatedInputSchema, input);
  const result = await db.$transaction(async (tx) => {
    const { story } = await assertStoryAccess(tx, user, storyId);
    if (data.kind === "internal") {
      if (data.targetStoryId === storyId)
        throw new InputError("A story cannot be related to itself.", {
          targetStoryId: ["Pick another story."],
        });
      const target = await tx.story.findFirst({
        where: { id: data.targetStoryId, status: "PUBLISHED" },
        select: { id: true },
      });
      if (!target)
        throw new InputError("Only our published stories can be picked.", {
          targetStoryId: ["That story is not published."],
        });
      const dup = await tx.relatedLink.count({
        where: { storyId, targetStoryId: data.targetStoryId },
      });
      if (dup)
        throw new InputError("That story is already related.", {
          targetStoryId: ["Already in the list."],
        });
    }
    const last = await tx.relatedLink.aggregate({ where: { storyId }, _max: { position: true } });
    const position = (last._max.position ?? -1) + 1;
    const row = await tx.relatedLink.create({
      data:
        data.kind === "internal"
          ? { storyId, position, targetStoryId: data.targetStoryId }
          : {
              storyId,
              position,
              url: data.url,
              outlet: data.outlet,
              headline: data.headline,
              publishedAt: data.publishedAt ?? null,
              excerpt: data.excerpt,
            },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "related.add",
      entityType: "related_link",
      entityId: row.id,
      details: { storyId, kind: data.kind },
    });
    return { id: row.id, story };
  });
  refresh(result.story);
  return { id: result.id };
}

async function storyOf(id: string) {
  const row = await db.relatedLink.findUnique({ where: { id }, select: { storyId: true } });
  if (!row) throw new NotFoundError("related article");
  return row.storyId;
}

export async function removeRelated(id: string) {
  id = parseId(id, "related article");
  const user = await requireUser();
  const storyId = await storyOf(id);
  const story = await db.$transaction(async (tx) => {
    const { story } = await assertStoryAccess(tx, user, storyId);
    await tx.relatedLink.delete({ where: { id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "related.remove",
      entityType: "related_link",
      entityId: id,
      details: { storyId },
    });
    return story;
  });
  refresh(story);
  return {};
}

const relatedRows: OrderedRows = {
  list: (tx, storyId) =>
    tx.relatedLink.findMany({
      where: { storyId },
      orderBy: { position: "asc" },
      select: { id: true },
    }),
  place: (tx, id, position) => tx.relatedLink.update({ where: { id }, data: { position } }),
};

export async function moveRelated(input: unknown) {
  const user = await requireUser();
  const { id, direction } = parseInput(moveSchema, input);
  const storyId = await storyOf(id);
  const story = await db.$transaction((tx) =>
    moveStoryRow(tx, user, { storyId, id, direction }, relatedRows),
  );
  if (story) refresh(story);
  return {};
}

// Edit an external related article after it was added: its address, outlet, headline, time, excerpt.
export async function updateExternalRelated(id: string, input: unknown) {
  id = parseId(id, "related article");
  const user = await requireUser();
  const data = parseInput(relatedExternalSchema, { ...(input as object), kind: "external" });
  const storyId = await storyOf(id);
  const story = await db.$transaction(async (tx) => {
    const { story } = await assertStoryAccess(tx, user, storyId);
    const row = await tx.relatedLink.findUniqueOrThrow({
      where: { id },
      select: { targetStoryId: true },
    });
    if (row.targetStoryId)
      throw new InputError("One of our own stories takes its details from the story itself.", {});
    await tx.relatedLink.update({
      where: { id },
      data: {
        url: data.url,
        outlet: data.outlet,
        headline: data.headline,
        publishedAt: data.publishedAt ?? null,
        excerpt: data.excerpt,
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "related.update",
      entityType: "related_link",
      entityId: id,
      details: { storyId },
    });
    return story;
  });
  refresh(story);
  return {};
}
