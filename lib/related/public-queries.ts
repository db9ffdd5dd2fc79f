import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { table } from "@/lib/db/sql";
import { rankRelated, RELATED_LIMIT } from "./rank";
import { mergeRelated, type RelatedPick } from "./ranking";

// The related-stories feed under an article: the editor's picks (RelatedLink rows, in order; an
// internal one only while its target is published), then automatic ones from our published
// stories, ranked by lib/related/ranking.ts when the story was published, edited or retagged and
// stored in RelatedList (lib/related/stored.ts). A story not ranked yet (an archive that arrived by
// import, while the backfill runs; a list dropped by a tag change) is ranked here, per request, by
// its shared tags and recency only: the text score reads 60 candidates' rows (6-10 ms of a 20 ms
// page at 1,000,000 stories). When the backfill stores its full list it invalidates the page
// (lib/related/backfill.ts). Cached with the page: a publish or retag invalidates the pages of the
// stories sharing its tags (lib/cache), whose lists it refreshed in its transaction.

export { CANDIDATES_PER_TAG, MAX_TAG_FANOUT, RELATED_LIMIT, TEXT_SCORED } from "./rank";

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

const EXCERPT = 220;

interface Card {
  id: string;
  slug: string;
  headline: string;
  summary: string;
  publishedAt: Date;
  /** The body's first EXCERPT + 1 characters: all that excerptOf() reads. */
  bodyStart: string;
  cropKey: string | null;
}

interface Link {
  id: string;
  targetStoryId: string | null;
  outlet: string;
  url: string;
  headline: string;
  excerpt: string;
  publishedAt: Date | null;
}

/** What the feed of one story needs, read in one query (lib/reader/pages/article.ts starts it early). */
export interface RelatedFeedRows {
  storyId: string | null;
  /** The stored ranking (as many as the feed may use), or null: not ranked yet. */
  rankedIds: string[] | null;
  links: Link[];
  cards: Card[];
}

const cardJson = (
  s: Prisma.Sql,
  m: Prisma.Sql,
) => Prisma.sql`json_build_object('id', ${s}.id, 'slug', ${s}.slug,
  'headline', ${s}.headline, 'summary', ${s}.summary, 'publishedAt', extract(epoch FROM ${s}."publishedAt") * 1000,
  'bodyStart', left(${s}."bodyText", ${EXCERPT + 1}), 'cropKey', ${m}."cropKey")`;

/**
 * The story's picks, its stored ranking and the cards of both, in one round trip: only what a related
 * item shows (the lead image's crop key for the thumbnail; no caption, credit or size of a picture it
 * does not show whole), only published stories. `where` finds the story (by id, or by slug).
 */
async function feedRows(where: Prisma.Sql, limit: number): Promise<RelatedFeedRows> {
  const [row] = await db.$queryRaw<
    {
      storyId: string | null;
      rankedIds: string[] | null;
      links: (Omit<Link, "publishedAt"> & { publishedAt: number | null; position: number })[];
      cards: (Omit<Card, "publishedAt"> & { publishedAt: number })[];
    }[]
  >`
    WITH me AS (SELECT s.id FROM ${table("Story")} s WHERE ${where} AND s.status = 'PUBLISHED'),
    links AS (
      SELECT l.id, l.position, l."targetStoryId", l.outlet, l.url, l.headline, l.excerpt,
        extract(epoch FROM l."publishedAt") * 1000 AS "publishedAt"
      FROM ${table("RelatedLink")} l JOIN me ON l."storyId" = me.id),
    list AS (
      SELECT r."relatedIds"[1:${limit} + (SELECT count(*) FROM links)::int] AS ids
      FROM ${table("RelatedList")} r JOIN me ON r."storyId" = me.id),
    wanted AS (
      SELECT unnest(ids) AS id FROM list
      UNION SELECT "targetStoryId" FROM links WHERE "targetStoryId" IS NOT NULL)
    SELECT (SELECT id FROM me) AS "storyId", (SELECT ids FROM list) AS "rankedIds",
      COALESCE((SELECT json_agg(links ORDER BY position) FROM links), '[]') AS links,
      COALESCE((
        SELECT json_agg(${cardJson(Prisma.sql`c`, Prisma.sql`m`)})
        FROM wanted w JOIN ${table("Story")} c ON c.id = w.id AND c.status = 'PUBLISHED' AND c."publishedAt" IS NOT NULL
        LEFT JOIN ${table("Media")} m ON m.id = c."leadImageId"), '[]') AS cards`;
  return {
    storyId: row.storyId,
    rankedIds: row.rankedIds,
    links: row.links.map((l) => ({
      id: l.id,
      targetStoryId: l.targetStoryId,
      outlet: l.outlet,
      url: l.url,
      headline: l.headline,
      excerpt: l.excerpt,
      publishedAt: l.publishedAt === null ? null : new Date(l.publishedAt),
    })),
    cards: row.cards.map((c) => ({ ...c, publishedAt: new Date(c.publishedAt) })),
  };
}

/** The feed's rows of the story at `slug`, to start alongside the article's own lookup. */
export function relatedFeedRowsBySlug(slug: string, limit = RELATED_LIMIT) {
  return feedRows(Prisma.sql`s.slug = ${slug}`, limit);
}

/** Published stories by ids (for a ranking made per request). */
async function relatedCards(ids: readonly string[]): Promise<Card[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<{ card: Omit<Card, "publishedAt"> & { publishedAt: number } }[]>`
    SELECT ${cardJson(Prisma.sql`s`, Prisma.sql`m`)} AS card
    FROM ${table("Story")} s LEFT JOIN ${table("Media")} m ON m.id = s."leadImageId"
    WHERE s.id = ANY(${[...ids]}::text[]) AND s.status = 'PUBLISHED' AND s."publishedAt" IS NOT NULL`;
  return rows.map(({ card }) => ({ ...card, publishedAt: new Date(card.publishedAt) }));
}

/**
 * The feed of a published story. `prefetched`: its rows, read already (by slug, alongside the
 * article); otherwise read here. A story not ranked yet is ranked now (by tags and recency), and
 * its cards read.
 */
export async function getRelatedStories(
  story: StoryForRelated,
  limit = RELATED_LIMIT,
  prefetched?: RelatedFeedRows,
): Promise<RelatedItem[]> {
  const rows =
    prefetched?.storyId === story.id
      ? prefetched
      : await feedRows(Prisma.sql`s.id = ${story.id}`, limit);
  const { links } = rows;
  let ranked = rows.rankedIds ?? [];
  const found = [...rows.cards];
  if (rows.rankedIds === null) {
    const { lists } = await rankRelated(
      db,
      [{ ...story, tagIds: story.tags.map((t) => t.tag.id) }],
      undefined,
      0,
    );
    ranked = (lists.get(story.id) ?? []).map((r) => r.id).slice(0, limit + links.length);
    const have = new Set(found.map((c) => c.id));
    found.push(...(await relatedCards(ranked.filter((id) => !have.has(id)))));
  }
  const cards = new Map(found.map((c) => [c.id, c]));
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
          excerpt: c.summary || excerptOf(c.bodyStart),
          publishedAt: c.publishedAt,
          // Only what the thumbnail's file names need: the feed (and the cached page) carries
          // no caption, credit or size of a picture it does not show whole.
          image: c.cropKey ? { cropKey: c.cropKey } : null,
        },
      ];
    },
  );
}

function excerptOf(text: string, max = EXCERPT): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 40))}…`;
}
