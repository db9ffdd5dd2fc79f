import "server-only";
import { db } from "@/lib/db/client";
import { table } from "@/lib/reader/sql";
import { HIGHLIGHT_START, HIGHLIGHT_STOP, highlightToHtml } from "./highlight";

// Full-text search over published stories: websearch_to_tsquery (never a syntax error, whatever the
// reader types) against the trigger-maintained Story.searchVector (GIN index), ranked with ts_rank,
// excerpts from ts_headline. Public columns only.

export const SEARCH_PAGE_SIZE = 10;

export interface SearchHit {
  id: string;
  slug: string;
  headline: string;
  publishedAt: Date;
  /** Escaped HTML with <mark> around matches. */
  excerptHtml: string;
}

const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START},StopSel=${HIGHLIGHT_STOP},MaxWords=35,MinWords=15,MaxFragments=2,FragmentDelimiter=" … "`;

export async function searchStories(q: string, page: number, pageSize = SEARCH_PAGE_SIZE): Promise<{ hits: SearchHit[]; total: number }> {
  const query = q.trim();
  if (!query) return { hits: [], total: 0 };
  const offset = (page - 1) * pageSize;
  const [rows, count] = await Promise.all([
    db.$queryRaw<{ id: string; slug: string; headline: string; publishedAt: Date; excerpt: string }[]>`
      SELECT s.id, s.slug, s.headline, s."publishedAt",
        ts_headline('english', s.summary || ' ' || s."bodyText", q, ${HEADLINE_OPTIONS}) AS excerpt
      FROM (
        SELECT id, ts_rank("searchVector", q) AS rank FROM ${table("Story")}, websearch_to_tsquery('english', ${query}) q
        WHERE status = 'PUBLISHED' AND "searchVector" @@ q
        ORDER BY rank DESC, "publishedAt" DESC, id LIMIT ${pageSize} OFFSET ${offset}
      ) ranked
      JOIN ${table("Story")} s ON s.id = ranked.id, websearch_to_tsquery('english', ${query}) q
      ORDER BY ranked.rank DESC, s."publishedAt" DESC, s.id`,
    db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM ${table("Story")} WHERE status = 'PUBLISHED' AND "searchVector" @@ websearch_to_tsquery('english', ${query})`,
  ]);
  return {
    total: count[0]?.n ?? 0,
    hits: rows.map((r) => ({ id: r.id, slug: r.slug, headline: r.headline, publishedAt: r.publishedAt, excerptHtml: highlightToHtml(r.excerpt) })),
  };
}
