import "server-only";
import type { Tx } from "@/lib/db/client";
import { qualifiedName, table } from "@/lib/db/sql";
import { keyTerms, rankScored, scoreCandidate, type RankingContext } from "./ranking";

// The automatic related stories of published stories, ranked by lib/related/ranking.ts, for many
// stories at once: three round trips whatever their number (tag totals, candidates, text scores).
// Candidates are the newest stories of each of a story's tags, read index-only from StoryTag's
// (tagId, publishedAt DESC) index (the join rows carry the publication time), so the cost is bounded
// by tags x CANDIDATES_PER_TAG whatever the archive's size. Used when a story is published or saved
// (lib/related/stored.ts), by the backfill, and per request for a story not ranked yet.

export const RELATED_LIMIT = 8;
export const CANDIDATES_PER_TAG = 150;
/** Text similarity is scored for the best candidates by shared tags only (it reads each one's row). */
export const TEXT_SCORED = 60;
/**
 * A tag on more published stories than this does not bring candidates of its own unless it is the
 * story's rarest (it still scores when shared): its newest stories say little about relatedness.
 */
export const MAX_TAG_FANOUT = 5_000;

export interface StoryToRank {
  id: string;
  headline: string;
  summary: string;
  /** In the story's own order (the rarest tag's ties go to the first). */
  tagIds: readonly string[];
}

export interface Scored {
  id: string;
  score: number;
}

/** Any client: the app's `db` or a transaction (which must be used for every query inside it). */
type Client = Pick<Tx, "$queryRaw" | "story">;

/**
 * The ranking's weights in one round trip: the tags' published totals (kept by triggers, not a count
 * per request) and how many stories there are, for tag rarity. For the latter the planner's estimate
 * (kept by ANALYZE / autovacuum) is plenty for a weight and costs nothing; counting a million rows
 * took 0.4 s per 100k. A table never analysed (a fresh test database) is counted.
 */
export async function rankingContext(
  client: Client,
  tagIds: readonly string[],
  now = new Date(),
): Promise<RankingContext> {
  const unique = [...new Set(tagIds)];
  const rows = await client.$queryRaw<
    { id: string | null; count: number | null; estimate: number }[]
  >`
    SELECT t.id, t."publishedStoryCount" AS count, e.n AS estimate
    FROM (SELECT COALESCE((SELECT GREATEST(reltuples, 0)::float8 FROM pg_class WHERE oid = to_regclass(${qualifiedName("Story")})), 0) AS n) e
    LEFT JOIN ${table("Tag")} t ON t.id = ANY(${unique}::text[])`;
  const estimate = rows[0]?.estimate ?? 0;
  return {
    tagFrequency: new Map(rows.flatMap((r) => (r.id === null ? [] : [[r.id, r.count ?? 0]]))),
    totalStories:
      estimate >= 10_000 ? estimate : await client.story.count({ where: { status: "PUBLISHED" } }),
    now,
  };
}

/** The tags a story draws candidates from: its rarest, and the others while not too common. */
function sourceTags(story: StoryToRank, context: RankingContext): string[] {
  const frequency = (id: string) => context.tagFrequency.get(id) ?? 0;
  const byRarity = [...story.tagIds].sort((a, b) => frequency(a) - frequency(b));
  return byRarity.filter((id, i) => i === 0 || frequency(id) <= MAX_TAG_FANOUT);
}

/**
 * Every story's automatic candidates, ranked best first with their scores (the story itself never;
 * the editor's picks are merged in when the feed is shown). A story without tags ranks none.
 */
export async function rankRelated(
  client: Client,
  stories: readonly StoryToRank[],
  context?: RankingContext,
  /** How many of each story's best candidates by tags get a text score (0: none, tags and recency only). */
  textScored = TEXT_SCORED,
): Promise<{ lists: Map<string, Scored[]>; context: RankingContext }> {
  context ??= await rankingContext(
    client,
    stories.flatMap((s) => s.tagIds),
  );
  const ctx = context;
  const lists = new Map<string, Scored[]>(stories.map((s) => [s.id, []]));
  const pairs = stories.flatMap((s) => sourceTags(s, ctx).map((tagId) => [s.id, tagId] as const));
  if (pairs.length === 0) return { lists, context: ctx };
  // The newest stories of each (story, source tag), read index-only; a candidate's shared tags are
  // the source tags whose lists it is in (an exact probe per candidate doubled the cost on a cold cache).
  const rows = await client.$queryRaw<
    { sid: string; id: string; shared: string[]; publishedAt: Date }[]
  >`
    SELECT mine.sid, c."storyId" AS id, array_agg(mine."tagId") AS shared, max(c."publishedAt") AS "publishedAt"
    FROM unnest(${pairs.map((p) => p[0])}::text[], ${pairs.map((p) => p[1])}::text[]) AS mine(sid, "tagId")
    CROSS JOIN LATERAL (
      SELECT st."storyId", st."publishedAt" FROM ${table("StoryTag")} st
      WHERE st."tagId" = mine."tagId" AND st."publishedAt" IS NOT NULL AND st."storyId" <> mine.sid
      ORDER BY st."publishedAt" DESC, st."storyId" DESC LIMIT ${CANDIDATES_PER_TAG}
    ) c
    GROUP BY mine.sid, c."storyId"`;
  const candidates = new Map(
    stories.map((s) => [
      s.id,
      [] as { id: string; sharedTagIds: string[]; publishedAt: Date; textScore: number }[],
    ]),
  );
  for (const r of rows)
    candidates
      .get(r.sid)
      ?.push({ id: r.id, sharedTagIds: r.shared, publishedAt: r.publishedAt, textScore: 0 });
  // Text similarity for each story's best candidates by tags, normalised by the story's best match:
  // the story's key terms against each candidate's headline and summary, weighted as in search. Not
  // the search vector: with the body it is a few kilobytes stored out of line (TOAST), so scoring 60
  // candidates read about 515 blocks against 240 for their rows alone (21-27 ms against 12-15 at
  // 1,000,000 stories, not all in memory).
  const text: { sid: string; cid: string; terms: string }[] = [];
  for (const s of stories) {
    const byTags = candidates.get(s.id)!;
    // Which candidates get a text score must not depend on the order rows came back in: ties (old
    // stories sharing the same tags score alike) go to the newer story, then the id, as in the ranking.
    byTags.sort(
      (x, y) =>
        scoreCandidate(y, ctx) - scoreCandidate(x, ctx) ||
        y.publishedAt.getTime() - x.publishedAt.getTime() ||
        (x.id < y.id ? -1 : 1),
    );
    const terms = keyTerms(`${s.headline} ${s.summary}`).join(" or ");
    if (terms)
      for (const c of byTags.slice(0, textScored)) text.push({ sid: s.id, cid: c.id, terms });
  }
  if (text.length) {
    const ranks = await client.$queryRaw<{ sid: string; id: string; text: number }[]>`
      SELECT t.sid, s.id, ts_rank(
          setweight(to_tsvector('english', s.headline), 'A') || setweight(to_tsvector('english', s.summary), 'B'),
          websearch_to_tsquery('english', t.terms))::float8 AS text
      FROM unnest(${text.map((t) => t.sid)}::text[], ${text.map((t) => t.cid)}::text[], ${text.map((t) => t.terms)}::text[]) AS t(sid, cid, terms)
      JOIN ${table("Story")} s ON s.id = t.cid`;
    const byStory = new Map<string, Map<string, number>>();
    for (const r of ranks) {
      if (!byStory.has(r.sid)) byStory.set(r.sid, new Map());
      byStory.get(r.sid)!.set(r.id, r.text);
    }
    for (const [sid, byId] of byStory) {
      const maxText = Math.max(0, ...byId.values());
      for (const c of candidates.get(sid)!)
        if (byId.has(c.id)) c.textScore = maxText > 0 ? byId.get(c.id)! / maxText : 0;
    }
  }
  for (const s of stories) lists.set(s.id, rankScored(candidates.get(s.id)!, ctx, [s.id]));
  return { lists, context: ctx };
}
