import "server-only";
import { db } from "@/lib/db/client";
import { qualifiedName, table } from "@/lib/db/sql";
import { getPublishedStoryCards } from "@/lib/stories/public-queries";
import {
  keyTerms,
  mergeRelated,
  rankCandidates,
  type RelatedCandidate,
  type RelatedPick,
} from "./ranking";

// The related-stories feed under an article: the editor's picks (RelatedLink rows, in order; an
// internal one only while its target is published), then automatic ones from our published
// stories. Candidates come from an indexed query (StoryTag by tagId, newest per tag, bounded), not
// a scan; lib/related/ranking.ts orders them.

export const RELATED_LIMIT = 8;
const CANDIDATES_PER_TAG = 300;
/**
 * A tag on more stories than this is not used to find candidates (it still scores): finding its
 * newest stories means sorting all of them, and so common a tag says little about relatedness.
 * Measured on a synthetic corpus: 128 ms for a tag on 3,800 stories.
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
  /** Our story's lead image, for a thumbnail. */
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
  tagIds: string[],
): Promise<RelatedCandidate[]> {
  if (tagIds.length === 0) return [];
  const terms = keyTerms(`${story.headline} ${story.summary}`).join(" or ");
  const rows = await db.$queryRaw<
    { id: string; shared: string[]; publishedAt: Date; text: number }[]
  >`
    WITH cand AS (
      SELECT c."storyId" AS id, array_agg(c."tagId") AS shared
      FROM ${table("StoryTag")} mine
      CROSS JOIN LATERAL (
        SELECT st."storyId", st."tagId" FROM ${table("StoryTag")} st JOIN ${table("Story")} s ON s.id = st."storyId"
        WHERE st."tagId" = mine."tagId" AND st."storyId" <> ${story.id} AND s.status = 'PUBLISHED'
        ORDER BY s."publishedAt" DESC LIMIT ${CANDIDATES_PER_TAG}
      ) c
      WHERE mine."storyId" = ${story.id} AND mine."tagId" = ANY(${tagIds}::text[])
      GROUP BY c."storyId"
    )
    SELECT cand.id, cand.shared, s."publishedAt",
      ts_rank(s."searchVector", websearch_to_tsquery('english', ${terms}))::float8 AS text
    FROM cand JOIN ${table("Story")} s ON s.id = cand.id`;
  const maxText = Math.max(0, ...rows.map((r) => r.text));
  return rows.map((r) => ({
    id: r.id,
    sharedTagIds: r.shared,
    publishedAt: r.publishedAt,
    textScore: maxText > 0 ? r.text / maxText : 0,
  }));
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

async function rankingContext(tagIds: string[]) {
  const [frequencies, totals] = await Promise.all([
    tagIds.length
      ? db.$queryRaw<
          { tagId: string; n: number }[]
        >`SELECT "tagId", count(*)::int AS n FROM ${table("StoryTag")} WHERE "tagId" = ANY(${tagIds}::text[]) GROUP BY "tagId"`
      : Promise.resolve([]),
    publishedStoryCount(),
  ]);
  return {
    tagFrequency: new Map(frequencies.map((f) => [f.tagId, f.n])),
    totalStories: totals,
    now: new Date(),
  };
}

export async function getRelatedStories(
  story: StoryForRelated,
  limit = RELATED_LIMIT,
): Promise<RelatedItem[]> {
  const links = await db.relatedLink.findMany({
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
  });
  const context = await rankingContext(story.tags.map((t) => t.tag.id));
  const byRarity = story.tags
    .map((t) => t.tag.id)
    .sort((a, b) => (context.tagFrequency.get(a) ?? 0) - (context.tagFrequency.get(b) ?? 0));
  // The rarest tag always finds candidates; the others only while they are not too common.
  const sourceTags = byRarity.filter(
    (id, i) => i === 0 || (context.tagFrequency.get(id) ?? 0) <= MAX_TAG_FANOUT,
  );
  const ranked = rankCandidates(await candidatesFor(story, sourceTags), context, [story.id]);
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
          image: c.leadImage,
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
