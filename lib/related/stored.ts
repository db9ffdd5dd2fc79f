import "server-only";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { table } from "@/lib/db/sql";
import { rankRelated, RELATED_LIMIT, type Scored, type StoryToRank } from "./rank";
import { scoreCandidate } from "./ranking";

// Related lists stored when a story is published, edited or retagged (RelatedList), so that the
// article page reads one row instead of ranking per request. Called inside the transaction that
// publishes or saves the story (lib/stories/workflow.ts, mutations.ts, scheduler.ts): the story's own
// list, then the lists of its neighbours by tag that should now show it (bounded). A story leaving
// publication is taken out of every list by a trigger (the migration), whatever code unpublishes it;
// a change of a story's tags by any write drops its own list (the page ranks per request until it
// is stored again). Pages showing a neighbour are invalidated by the caller's usual invalidation:
// article pages carry their tags' cache tags, and a publish or retag invalidates those tags.

/** Stored per story: more than the feed shows, so the editor's picks and withdrawals leave enough. */
export const STORED_RELATED = 2 * RELATED_LIMIT;
/** At most this many neighbours' lists are ranked again when a story is published or retagged. */
export const NEIGHBOUR_REFRESH_LIMIT = 40;

type Client = Pick<Tx, "$queryRaw" | "$executeRaw" | "tag" | "story" | "storyTag" | "relatedList">;

/** Published stories as ranking needs them; unpublished ids are left out. */
export async function storiesToRank(
  client: Client,
  ids: readonly string[],
): Promise<(StoryToRank & { publishedAt: Date })[]> {
  if (ids.length === 0) return [];
  const rows = await client.story.findMany({
    where: { id: { in: [...ids] }, status: "PUBLISHED", publishedAt: { not: null } },
    select: {
      id: true,
      headline: true,
      summary: true,
      publishedAt: true,
      tags: { orderBy: { position: "asc" }, select: { tagId: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    headline: r.headline,
    summary: r.summary,
    publishedAt: r.publishedAt as Date,
    tagIds: r.tags.map((t) => t.tagId),
  }));
}

/** The row stored for a ranked list: its best STORED_RELATED, and the lowest score kept if full. */
function stored(ranked: readonly Scored[]) {
  const kept = ranked.slice(0, STORED_RELATED);
  return {
    relatedIds: kept.map((r) => r.id),
    // Not full: any neighbour gets in (scores are > 0: every shared tag weighs something).
    minScore: kept.length < STORED_RELATED ? 0 : kept[kept.length - 1].score,
  };
}

/**
 * Stores ranked lists in one statement. `replace`: a publish or save (its ranking is the newest);
 * otherwise (the backfill) a list stored meanwhile by a publish is kept.
 */
export async function writeLists(
  client: Client,
  lists: ReadonlyMap<string, readonly Scored[]>,
  mode: "replace" | "fill",
): Promise<void> {
  if (lists.size === 0) return;
  const rows = [...lists].map(([storyId, ranked]) => ({ storyId, ...stored(ranked) }));
  const conflict =
    mode === "replace"
      ? Prisma.sql`DO UPDATE SET "relatedIds" = EXCLUDED."relatedIds", "minScore" = EXCLUDED."minScore", "computedAt" = EXCLUDED."computedAt"`
      : Prisma.sql`DO NOTHING`;
  // Only stories still published (the batch may have been ranked while one was withdrawn).
  await client.$executeRaw`
    INSERT INTO ${table("RelatedList")} ("storyId", "relatedIds", "minScore", "computedAt")
    SELECT x."storyId",
      ARRAY(SELECT e.v FROM jsonb_array_elements_text(x."relatedIds") WITH ORDINALITY AS e(v, i) ORDER BY e.i),
      x."minScore", now()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("storyId" text, "relatedIds" jsonb, "minScore" float8)
    JOIN ${table("Story")} s ON s.id = x."storyId" AND s.status = 'PUBLISHED'
    ON CONFLICT ("storyId") ${conflict}`;
}

export interface RelatedRefresh {
  /** Stories whose stored list was ranked again (the story itself first, if published). */
  ranked: string[];
}

/**
 * Inside the transaction that published, saved or retagged a story (after its writes): rank its own
 * list, and the lists of its neighbours that should now show it. `tagsBefore` (a save): the tags it
 * had, so that lists of stories that no longer share a tag with it let it go, and neighbours are only
 * ranked again when its tags changed; without it (a publish) they always are. A story that is not
 * published has nothing to store (the triggers already took it out of every list).
 */
export async function refreshRelatedLists(
  tx: Client,
  storyId: string,
  tagsBefore?: readonly string[],
): Promise<RelatedRefresh> {
  const [story] = await storiesToRank(tx, [storyId]);
  if (!story) return { ranked: [] };
  const { lists, context } = await rankRelated(tx, [story]);
  await writeLists(tx, lists, "replace");
  const tagsChanged =
    !tagsBefore ||
    tagsBefore.length !== story.tagIds.length ||
    tagsBefore.some((t) => !story.tagIds.includes(t));
  if (!tagsChanged) return { ranked: [story.id] };
  if (tagsBefore)
    await tx.$executeRaw`
      UPDATE ${table("RelatedList")} r SET "relatedIds" = array_remove(r."relatedIds", ${story.id})
      WHERE r."relatedIds" @> ARRAY[${story.id}]::text[] AND NOT EXISTS (
        SELECT 1 FROM ${table("StoryTag")} a WHERE a."storyId" = r."storyId" AND a."tagId" = ANY(${story.tagIds}::text[]))`;

  // Neighbours: the stories this one ranks best (the relation is near symmetric: shared rare tags,
  // similar words), whose stored list it could enter. Its score in a neighbour's list is at most its
  // shared tags' weights, its recency and the whole text weight; a full list whose lowest score is
  // above that cannot change. Lists not stored yet are ranked afresh by the page or the backfill.
  const near = (lists.get(story.id) ?? []).slice(0, NEIGHBOUR_REFRESH_LIMIT).map((r) => r.id);
  if (near.length === 0) return { ranked: [story.id] };
  // One after the other: a transaction is one connection.
  const theirs = await tx.relatedList.findMany({
    where: { storyId: { in: near } },
    select: { storyId: true, relatedIds: true, minScore: true },
  });
  const shared = await tx.storyTag.findMany({
    where: { storyId: { in: near }, tagId: { in: [...story.tagIds] } },
    select: { storyId: true, tagId: true },
  });
  const sharedWith = (id: string) => shared.filter((s) => s.storyId === id).map((s) => s.tagId);
  const due = theirs
    .filter((list) => {
      if (list.relatedIds.includes(story.id) || list.relatedIds.length < STORED_RELATED)
        return true;
      const best = scoreCandidate(
        {
          id: story.id,
          publishedAt: story.publishedAt,
          sharedTagIds: sharedWith(list.storyId),
          textScore: 1,
        },
        context,
      );
      return best > list.minScore;
    })
    .map((list) => list.storyId);
  if (due.length === 0) return { ranked: [story.id] };
  const neighbours = await storiesToRank(tx, due);
  // Their own context: the tag totals of their tags, not only of this story's.
  const again = await rankRelated(tx, neighbours);
  await writeLists(tx, again.lists, "replace");
  return { ranked: [story.id, ...neighbours.map((n) => n.id)] };
}
