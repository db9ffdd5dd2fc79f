import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { requireCan } from "@/lib/auth/session";
import { pagesShowingTags } from "@/lib/cache/tags";
import { invalidateTags } from "@/lib/cache/invalidate";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { InputError, NotFoundError, parseInput } from "@/lib/shared/errors";
import { mergeInto, type MergeOutcome } from "./merge-core";
import { tagDeleteSchema, tagMergeSchema, type TagDeleteInput, type TagMergeInput } from "./schema";

function invalidateMerge(outcome: MergeOutcome) {
  invalidateTags(
    pagesShowingTags({
      tagIds: [outcome.target.id, ...outcome.sources.map((s) => s.id)],
      slugs: [outcome.target.slug, ...outcome.redirectedSlugs],
      storyIds: outcome.storyIds,
    }),
  );
}

// Merge one or more tags into another, all in one transaction.
export async function mergeTags(raw: TagMergeInput): Promise<MergeOutcome> {
  const actor = await requireCan("tags.manage");
  const { targetId, sourceIds } = parseInput(tagMergeSchema, raw);
  const outcome = await db.$transaction(
    async (tx) => {
      const result = await mergeInto(tx, {
        actorId: actor.id,
        targetId,
        sourceIds,
        keepNamesAsAliases: true,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "tag.merge",
        entityType: "tag",
        entityId: result.target.id,
        details: {
          into: result.target,
          merged: result.sources,
          stories: result.storyIds.length,
          bodiesRewritten: result.bodiesRewritten,
        },
      });
      return result;
    },
    { timeout: 60_000 },
  );
  invalidateMerge(outcome);
  return outcome;
}

/** How many stories use a tag, by tag list or by an inline link in the body. */
async function usage(tx: Prisma.TransactionClient, tagId: string): Promise<number> {
  const needle = `"tagId": ${JSON.stringify(tagId)}`;
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Story" s
    WHERE EXISTS (SELECT 1 FROM "StoryTag" st WHERE st."storyId" = s.id AND st."tagId" = ${tagId})
       OR strpos(s.body::text, ${needle}) > 0`;
  return row?.n ?? 0;
}

// Delete a tag: refused while stories use it, unless the admin names a tag to move them to.
export async function deleteTag(raw: TagDeleteInput) {
  const actor = await requireCan("tags.manage");
  const { tagId, moveToId } = parseInput(tagDeleteSchema, raw);
  const outcome = await db.$transaction(
    async (tx) => {
      const [tag] = await tx.$queryRaw<{ id: string; name: string; slug: string }[]>`
        SELECT id, name, slug FROM "Tag" WHERE id = ${tagId} FOR UPDATE`;
      if (!tag) throw new NotFoundError("tag", "it may have been merged or deleted.");
      if (moveToId) {
        const result = await mergeInto(tx, {
          actorId: actor.id,
          targetId: moveToId,
          sourceIds: [tagId],
          keepNamesAsAliases: false,
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "tag.delete",
          entityType: "tag",
          entityId: tagId,
          details: {
            name: tag.name,
            slug: tag.slug,
            movedTo: result.target,
            stories: result.storyIds.length,
          },
        });
        return result;
      }
      const uses = await usage(tx, tagId);
      if (uses > 0) {
        const what = uses === 1 ? "1 story uses" : `${uses} stories use`;
        throw new InputError(`${what} this tag.`, {
          moveToId: [`${what} this tag; pick a tag to move them to, or remove it from them first.`],
        });
      }
      // Its old addresses go with it (cascade) and stop redirecting: they are refreshed too.
      const gone = await tx.tagSlugRedirect.findMany({
        where: { tagId },
        select: { oldSlug: true },
      });
      await tx.tag.delete({ where: { id: tagId } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "tag.delete",
        entityType: "tag",
        entityId: tagId,
        details: { name: tag.name, slug: tag.slug },
      });
      return {
        target: null,
        sources: [tag],
        storyIds: [],
        bodiesRewritten: 0,
        redirectedSlugs: gone.map((r) => r.oldSlug),
      };
    },
    { timeout: 60_000 },
  );
  if (outcome.target) invalidateMerge(outcome as MergeOutcome);
  else
    invalidateTags(
      pagesShowingTags({
        tagIds: outcome.sources.map((s) => s.id),
        slugs: [...outcome.sources.map((s) => s.slug), ...outcome.redirectedSlugs],
      }),
    );
  return outcome;
}
