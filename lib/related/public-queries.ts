import "server-only";
import { db } from "@/lib/db/client";
import { qualifiedName, table } from "@/lib/db/sql";
import { getPublishedStoryCards } from "@/lib/stories/public-queries";
import {
  keyTerms,
  mergeRelated,
  rankCandidates,
  scoreCandidate,
  type RankingContext,
  type RelatedCandidate,
  type RelatedPick,
} from "./ranking";

// The related-stories feed under an article: the editor's picks (RelatedLink rows, in order; an
// internal one only while its target is published), then automatic ones from our published
// stories. Candidates are the newest stories of each of the story's tags, read index-only from
// StoryTag's (tagId, publishedAt DESC) index (the join rows carry the publication time), so the
// cost is bounded by tags x CANDIDATES_PER_TAG whatever the archive's size; lib/related/ranking.ts
// orders them. Computed per request and cached with the page: a publish or retag invalidates the
// pages of the stories sharing its tags (lib/cache), so their next request ranks it in.

export const RELATED_LIMIT = 8;
export const CANDIDATES_PER_TAG = 150;
/** Text similarity is scored for the best candidates by shared tags only (it reads each tsvector). */
export const TEXT_SCORED = 60;
/**
 * A tag on more published stories than this does not bring candidates of its own unless it is the
 * story's rarest (it still scores when shared): its newest stories say little about relatedness.
 */
export const MAX_TAG_FANOUT = 5_000;

export interface RelatedItem {
  /** Our story's id, for cache tags; absent for another outlet's article. */
  storyId?: string;
  outlet: string | null;
  href: string;
  headline: string;
  excerpt: string;
  publishedAt: Date | null;
  /** Our story's lead image, for a thumbnail; another outlet's article has none (none is recorded). */
  image?: { cropKey: string } | null;
}

interface StoryForRelated {
  id: string;
  headline: string;
  summary: string;
  tags: { tag: { id: string } }[];
}

async function candidatesFor(
  story: StoryForRelated,
  sourceTagIds: string[],
  context: RankingContext,
): Promise<RelatedCandidate[]> {
  if (sourceTagIds.length === 0) return [];
  // Newest stories of each source tag, read index-only; a candidate's shared tags are the source
  // tags whose lists it is in (an exact probe per candidate doubled the cost on a cold cache).
  const rows = await db.$queryRaw<{ id: string; shared: string[]; publishedAt: Date }[]>`
    SELECT c."storyId" AS id, array_agg(mine."tagId") AS shared, max(c."publishedAt") AS "publishedAt"
    FROM unnest(${sourceTagIds}::text[]) AS mine("tagId")
    CROSS JOIN LATERAL (
      SELECT st."storyId", st."publishedAt" FROM ${table("StoryTag")} st
      WHERE st."tagId" = mine."tagId" AND st."publishedAt" IS NOT NULL AND st."storyId" <> ${story.id}
      ORDER BY st."publishedAt" DESC, st."storyId" DESC LIMIT ${CANDIDATES_PER_TAG}
    ) c
    GROUP BY c."storyId"`;
  const byTags = rows
    .map((r) => ({
      id: r.id,
      sharedTagIds: r.shared,
      publishedAt: r.publishedAt,
      textScore: 0,
    }))
    .sort((x, y) => scoreCandidate(y, context) - scoreCandidate(x, context));
  const scored = byTags.slice(0, TEXT_SCORED);
  const terms = keyTerms(`${story.headline} ${story.summary}`).join(" or ");
  if (scored.length && terms) {
    const text = await db.$queryRaw<{ id: string; text: number }[]>`
      SELECT s.id, ts_rank(s."searchVector", websearch_to_tsquery('english', ${terms}))::float8 AS text
      FROM ${table("Story")} s WHERE s.id = ANY(${scored.map((c) => c.id)}::text[])`;
    const maxText = Math.max(0, ...text.map((r) => r.text));
    const byId = new Map(text.map((r) => [r.id, maxText > 0 ? r.text / maxText : 0]));
    for (const c of scored) c.textScore = byId.get(c.id) ?? 0;
  }
  return byTags;
}

/**
 * How many stories there are, for tag rarity. The planner's estimate (kept by ANALYZE / autovacuum)
 * is plenty for a weight and costs nothing; counting a million rows took 0.4 s per 100k. A table
 * never analysed (a fresh test database) is counted.
 */
async function publishedStoryCount(): Promise<number> {
  const [estimate] = await db.$queryRaw<
    { n: number }[]
  >`SELECT GREATEST(reltuples, 0)::float8 AS n FROM pg_class WHERE oid = to_regclass(${qualifiedName("Story")})`;
  if (estimate && estimate.n >= 10_000) return estimate.n;
  return db.story.count({ where: { status: "PUBLISHED" } });
}

async function rankingContext(tagIds: string[]): Promise<RankingContext> {
  // Tag frequencies are the tags' published totals (kept by triggers), not a count per request.
  const [frequencies, totals] = await Promise.all([
    tagIds.length
      ? db.tag.findMany({
          where: { id: { in: tagIds } },
          select: { id: true, publishedStoryCount: true },
        })
      : Promise.resolve([]),
    publishedStoryCount(),
  ]);
  return {
    tagFrequency: new Map(frequencies.map((f) => [f.id, f.publishedStoryCount])),
    totalStories: totals,
    now: new Date(),
  };
}

export async function getRelatedStories(
  story: StoryForRelated,
  limit = RELATED_LIMIT,
): Promise<RelatedItem[]> {
  const [links, context] = await Promise.all([
    db.relatedLink.findMany({
      where: { storyId: story.id },
      orderBy: { position: "asc" },
      select: {
        id: true,
        targetStoryId: true,
        outlet: true,
        url: true,
        headline: true,
        excerpt: true,
        publishedAt: true,
      },
    }),
    rankingContext(story.tags.map((t) => t.tag.id)),
  ]);
  const byRarity = story.tags
    .map((t) => t.tag.id)
    .sort((a, b) => (context.tagFrequency.get(a) ?? 0) - (context.tagFrequency.get(b) ?? 0));
  // The rarest tag always finds candidates; the others only while they are not too common.
  const sourceTags = byRarity.filter(
    (id, i) => i === 0 || (context.tagFrequency.get(id) ?? 0) <= MAX_TAG_FANOUT,
  );
  const ranked = rankCandidates(await candidatesFor(story, sourceTags, context), context, [
    story.id,
  ]);
  const wanted = new Set([
    ...links.flatMap((l) => (l.targetStoryId ? [l.targetStoryId] : [])),
    ...ranked.slice(0, limit + links.length),
  ]);
  const cards = new Map((await getPublishedStoryCards([...wanted])).map((c) => [c.id, c]));
  const picks: RelatedPick[] = links.map((l) =>
    l.targetStoryId
      ? { kind: "internal", storyId: l.targetStoryId }
      : { kind: "external", key: l.id },
  );
  const external = new Map(links.map((l) => [l.id, l]));
  return mergeRelated(story.id, picks, new Set(cards.keys()), ranked, limit).flatMap(
    (pick): RelatedItem[] => {
      if (pick.kind === "external") {
        const l = external.get(pick.key);
        return l && /^https?:\/\//i.test(l.url)
          ? [
              {
                outlet: l.outlet || null,
                href: l.url,
                headline: l.headline,
                excerpt: l.excerpt,
                publishedAt: l.publishedAt,
              },
            ]
          : [];
      }
      const c = cards.get(pick.storyId);
      if (!c) return [];
      return [
        {
          storyId: c.id,
          outlet: null,
          href: `/news/${c.slug}`,
          headline: c.headline,
          excerpt: c.summary || excerptOf(c.bodyText),
          publishedAt: c.publishedAt,
          // Only what the thumbnail's file names need: the feed (and the cached page) carries
          // no caption, credit or size of a picture it does not show whole.
          image: c.leadImage ? { cropKey: c.leadImage.cropKey } : null,
        },
      ];
    },
  );
}

function excerptOf(text: string, max = 220): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 40))}…`;
}
