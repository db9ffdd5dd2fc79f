import "server-only";
import { db } from "@/lib/db/client";
import { table } from "@/lib/db/sql";
import { HIGHLIGHT_START, HIGHLIGHT_STOP, highlightToHtml } from "./highlight";

// Full-text search over published stories: websearch_to_tsquery (never a syntax error, whatever the
// reader types) against the trigger-maintained Story.searchVector (GIN index), ranked with ts_rank,
// excerpts from ts_headline. Public columns only.

export const SEARCH_PAGE_SIZE = 10;
/**
 * Ranking reads every matching story's tsvector, which for a common word over a million stories took
 * seconds: we rank the newest MAX_RANKED matches only (a news search favours the recent anyway) and
 * report "more than" beyond that.
 */
export const MAX_RANKED = 2_000;

export interface SearchHit {
  id: string;
  slug: string;
  headline: string;
  publishedAt: Date;
  /** Escaped HTML with <mark> around matches. */
  excerptHtml: string;
}

const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START},StopSel=${HIGHLIGHT_STOP},MaxWords=35,MinWords=15,MaxFragments=2,FragmentDelimiter=" … "`;

export async function searchStories(
  q: string,
  page: number,
  pageSize = SEARCH_PAGE_SIZE,
): Promise<{ hits: SearchHit[]; total: number; capped: boolean }> {
  const query = q.trim();
  if (!query) return { hits: [], total: 0, capped: false };
  const offset = (page - 1) * pageSize;
  if (offset >= MAX_RANKED) return { hits: [], total: MAX_RANKED, capped: true };
  const [rows, count] = await Promise.all([
    db.$queryRaw<
      { id: string; slug: string; headline: string; publishedAt: Date; excerpt: string }[]
    >`
      WITH matches AS (
        -- The tsquery is written inline (not in a CTE) so the planner sees how common the words are
        -- and walks the (status, publishedAt) index newest-first for a common word.
        SELECT s.id, s."publishedAt", s."searchVector" FROM ${table("Story")} s
        WHERE s.status = 'PUBLISHED' AND s."searchVector" @@ websearch_to_tsquery('english', ${query})
        ORDER BY s."publishedAt" DESC LIMIT ${MAX_RANKED}
      ),
      ranked AS (
        SELECT m.id, ts_rank(m."searchVector", websearch_to_tsquery('english', ${query})) AS rank, m."publishedAt" FROM matches m
        ORDER BY rank DESC, m."publishedAt" DESC, m.id LIMIT ${pageSize} OFFSET ${offset}
      )
      SELECT s.id, s.slug, s.headline, s."publishedAt",
        ts_headline('english', s.summary || ' ' || s."bodyText", websearch_to_tsquery('english', ${query}), ${HEADLINE_OPTIONS}) AS excerpt
      FROM ranked JOIN ${table("Story")} s ON s.id = ranked.id
      ORDER BY ranked.rank DESC, ranked."publishedAt" DESC, ranked.id`,
    db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (
        SELECT 1 FROM ${table("Story")} WHERE status = 'PUBLISHED' AND "searchVector" @@ websearch_to_tsquery('english', ${query}) LIMIT ${MAX_RANKED + 1}
      ) c`,
  ]);
  const n = count[0]?.n ?? 0;
  return {
    total: Math.min(n, MAX_RANKED),
    capped: n > MAX_RANKED,
    hits: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      headline: r.headline,
      publishedAt: r.publishedAt,
      excerptHtml: highlightToHtml(r.excerpt),
    })),
  };
}
