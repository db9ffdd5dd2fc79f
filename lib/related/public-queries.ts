import "server-only";
import { db } from "@/lib/db/client";
import { table } from "@/lib/db/sql";
import { rankRelated, RELATED_LIMIT } from "./rank";
import { mergeRelated, type RelatedPick } from "./ranking";

// The related-stories feed under an article: the editor's picks (RelatedLink rows, in order; an
// internal one only while its target is published), then automatic ones from our published
// stories, ranked by lib/related/ranking.ts when the story was published, edited or retagged and
// stored in RelatedList (lib/related/stored.ts). A story not ranked yet (an archive that arrived by
// import, while the backfill runs; a list dropped by a tag change) is ranked here, per request, the
// same way (lib/related/rank.ts). Cached with the page: a publish or retag invalidates the pages of
// the stories sharing its tags (lib/cache), whose lists it refreshed in its transaction.

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

/**
 * Published stories by ids, for the feed, in one query: only what a related item shows (the lead
 * image's crop key for the thumbnail; no caption, credit or size of a picture it does not show whole).
 */
async function relatedCards(ids: readonly string[]): Promise<Card[]> {
  if (ids.length === 0) return [];
  return db.$queryRaw<Card[]>`
    SELECT s.id, s.slug, s.headline, s.summary, s."publishedAt", left(s."bodyText", ${EXCERPT + 1}) AS "bodyStart",
      m."cropKey"
    FROM ${table("Story")} s LEFT JOIN ${table("Media")} m ON m.id = s."leadImageId"
    WHERE s.id = ANY(${[...ids]}::text[]) AND s.status = 'PUBLISHED' AND s."publishedAt" IS NOT NULL`;
}

/** The story's ranked automatic candidates: stored, or ranked now if not stored yet. */
async function rankedFor(story: StoryForRelated, stored: string[] | undefined) {
  if (stored) return stored;
  const { lists } = await rankRelated(db, [{ ...story, tagIds: story.tags.map((t) => t.tag.id) }]);
  return (lists.get(story.id) ?? []).map((r) => r.id);
}

export async function getRelatedStories(
  story: StoryForRelated,
  limit = RELATED_LIMIT,
): Promise<RelatedItem[]> {
  const [links, list] = await Promise.all([
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
    db.relatedList.findUnique({ where: { storyId: story.id }, select: { relatedIds: true } }),
  ]);
  const ranked = await rankedFor(story, list?.relatedIds);
  const wanted = new Set([
    ...links.flatMap((l) => (l.targetStoryId ? [l.targetStoryId] : [])),
    ...ranked.slice(0, limit + links.length),
  ]);
  const cards = new Map((await relatedCards([...wanted])).map((c) => [c.id, c]));
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
