import "server-only";
import type { JSONContent } from "@tiptap/core";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { deriveBody } from "@/lib/stories/derive";
import { cleanAliases } from "./checks";
import { rewriteTagLinks } from "./rewrite-links";
import { InputError, NotFoundError } from "@/lib/shared/errors";

export interface MergeOutcome {
  target: { id: string; name: string; slug: string };
  sources: { id: string; name: string; slug: string }[];
  /** Stories whose tags or body changed. */
  storyIds: string[];
  bodiesRewritten: number;
  /** Every address that now redirects to the survivor because of this merge. */
  redirectedSlugs: string[];
}

/**
 * Folds `sourceIds` into `targetId` inside the caller's transaction: stories, inline links, old
 * slugs (as redirects), and, when `keepNamesAsAliases`, the merged names. Then deletes the sources.
 */
export async function mergeInto(
  tx: Tx,
  {
    actorId,
    targetId,
    sourceIds,
    keepNamesAsAliases,
  }: { actorId: string; targetId: string; sourceIds: string[]; keepNamesAsAliases: boolean },
): Promise<MergeOutcome> {
  if (sourceIds.includes(targetId)) {
    throw new InputError("A tag cannot be merged into itself or into a tag that is being merged.", {
      targetId: ["Pick a tag that is not being merged."],
    });
  }
  // Lock every tag involved so a concurrent merge, edit or delete waits for this one.
  const ids = [targetId, ...sourceIds];
  const locked = await tx.$queryRaw<
    { id: string; name: string; slug: string; aliases: string[] }[]
  >`
    SELECT id, name, slug, aliases FROM "Tag" WHERE id IN (${Prisma.join(ids)}) ORDER BY id FOR UPDATE`;
  const target = locked.find((t) => t.id === targetId);
  const sources = sourceIds.map((id) => locked.find((t) => t.id === id));
  if (!target || sources.some((s) => !s))
    throw new NotFoundError("tag", "it may have been merged or deleted.");
  const merged = sources as NonNullable<(typeof sources)[number]>[];
  const from = new Set(sourceIds);

  // 1. Story tags: the survivor takes the place of the first merged tag in each story's order;
  // a story that already has the survivor just loses the merged ones. Positions are renumbered.
  const tagged = await tx.storyTag.findMany({
    where: { tagId: { in: sourceIds } },
    select: { storyId: true },
    distinct: ["storyId"],
  });
  const taggedIds = tagged.map((t) => t.storyId);
  if (taggedIds.length > 0) {
    const rows = await tx.storyTag.findMany({
      where: { storyId: { in: taggedIds } },
      orderBy: [{ storyId: "asc" }, { position: "asc" }],
      select: { storyId: true, tagId: true },
    });
    const next = new Map<string, string[]>();
    for (const row of rows) {
      const tagId = from.has(row.tagId) ? targetId : row.tagId;
      const list = next.get(row.storyId) ?? [];
      if (!list.includes(tagId)) list.push(tagId);
      next.set(row.storyId, list);
    }
    await tx.storyTag.deleteMany({ where: { storyId: { in: taggedIds } } });
    await tx.storyTag.createMany({
      data: [...next].flatMap(([storyId, tagIds]) =>
        tagIds.map((tagId, position) => ({ storyId, tagId, position })),
      ),
    });
  }

  // 2. Inline links in bodies: found by text first (cheap), then rewritten by walking the JSON.
  const needles = sourceIds.map((id) => `"tagId": ${JSON.stringify(id)}`);
  const linked = await tx.$queryRaw<{ id: string }[]>`
    SELECT s.id FROM "Story" s
    WHERE EXISTS (SELECT 1 FROM unnest(${needles}::text[]) AS n(needle) WHERE strpos(s.body::text, n.needle) > 0)`;
  const rewritten = new Map<string, JSONContent>();
  if (linked.length > 0) {
    const stories = await tx.story.findMany({
      where: { id: { in: linked.map((s) => s.id) } },
      select: { id: true, body: true },
    });
    for (const story of stories) {
      const { doc, changed } = rewriteTagLinks(story.body as JSONContent, from, {
        tagId: target.id,
        slug: target.slug,
      });
      if (changed) rewritten.set(story.id, doc);
    }
  }

  // 3. Every changed story gets a new version (an open editor then sees a conflict instead of
  // overwriting) and a revision to show what happened.
  const storyIds = [...new Set([...taggedIds, ...rewritten.keys()])];
  for (const storyId of storyIds) {
    const doc = rewritten.get(storyId);
    const story = await tx.story.update({
      where: { id: storyId },
      data: {
        version: { increment: 1 },
        updatedById: actorId,
        ...(doc ? { body: doc as Prisma.InputJsonValue, ...deriveBody(doc) } : {}),
      },
      select: {
        version: true,
        headline: true,
        summary: true,
        dateline: true,
        body: true,
        tags: { orderBy: { position: "asc" }, select: { tagId: true } },
        bylines: { orderBy: { position: "asc" }, select: { userId: true } },
      },
    });
    await tx.revision.create({
      data: {
        storyId,
        version: story.version,
        savedById: actorId,
        kind: "SYSTEM",
        note: "Tags merged",
        // The whole snapshot, tags and bylines included, so restoring it later loses nothing.
        snapshot: {
          headline: story.headline,
          summary: story.summary,
          dateline: story.dateline,
          body: story.body as Prisma.InputJsonValue,
          tagIds: story.tags.map((t) => t.tagId),
          bylineIds: story.bylines.map((b) => b.userId),
        },
      },
    });
  }

  // 4. Old addresses: the merged tags' slugs and their own old slugs now redirect to the survivor.
  const olderSlugs = (
    await tx.tagSlugRedirect.findMany({
      where: { tagId: { in: sourceIds } },
      select: { oldSlug: true },
    })
  ).map((r) => r.oldSlug);
  await tx.tagSlugRedirect.updateMany({
    where: { tagId: { in: sourceIds } },
    data: { tagId: targetId },
  });
  await tx.tagSlugRedirect.createMany({
    data: merged.map((s) => ({ oldSlug: s.slug, tagId: targetId })),
    skipDuplicates: true,
  });

  // 5. The survivor answers to the merged names in the picker; then the merged tags go.
  if (keepNamesAsAliases) {
    const aliases = cleanAliases(target.name, [
      ...target.aliases,
      ...merged.flatMap((s) => [s.name, ...s.aliases]),
    ]);
    await tx.tag.update({ where: { id: targetId }, data: { aliases } });
  } else {
    await tx.tag.update({ where: { id: targetId }, data: { updatedAt: new Date() } });
  }
  await tx.tag.deleteMany({ where: { id: { in: sourceIds } } });

  return {
    target: { id: target.id, name: target.name, slug: target.slug },
    sources: merged.map((s) => ({ id: s.id, name: s.name, slug: s.slug })),
    storyIds,
    bodiesRewritten: rewritten.size,
    redirectedSlugs: [...merged.map((s) => s.slug), ...olderSlugs],
  };
}
