import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { qualifiedName, table } from "@/lib/db/sql";
import {
  checkQuery,
  MAX_RANKED,
  needsRecheck,
  SEARCH_TIMEOUT_MS,
  searchMethod,
  searchWindow,
} from "./bounds";
import { HIGHLIGHT_START, HIGHLIGHT_STOP, highlightToHtml } from "./highlight";

// Full-text search over published stories: websearch_to_tsquery (never a syntax error, whatever the
// reader types) against the trigger-maintained Story.searchVector (GIN index), ranked with ts_rank,
// excerpts from ts_headline. Public columns only.
//
// Bounded for every query a reader can type (lib/search/bounds.ts): too many words are refused
// kindly; the planner's own estimate of how common the query is (tsvector statistics, no scan)
// decides whether it searches the whole archive (a selective query: few matches to read) or only the
// newest stories (a common one: the newest MAX_RANKED matches are found in a window of at most
// MAX_WINDOW stories, which also bounds a phrase's position checks); everything runs in one
// transaction under a statement timeout, and a query that still runs out of time gets a kind page.
// How the matches are gathered (lib/search/bounds.ts searchMethod): from the GIN index, gathered
// first (MATERIALIZED) and then sorted, for a selective query or a window in which few stories match
// (left to itself the planner walked the archive newest first for the LIMIT, unpacking every story's
// tsvector: 3.3 s for a phrase of rarer words at 100,000 stories, 27 ms this way; 45-80 ms for a
// word in 8% of the window, 15 ms this way); or by a walk of the newest stories that stops at the
// newest matches, when most stories match. Only the MAX_RANKED + 1 newest matches are ranked, and
// only their tsvectors are read for ts_rank.

export { MAX_RANKED } from "./bounds";
export const SEARCH_PAGE_SIZE = 10;

export interface SearchHit {
  id: string;
  slug: string;
  headline: string;
  publishedAt: Date;
  /** Escaped HTML with <mark> around matches. */
  excerptHtml: string;
}

export type SearchResult =
  | {
      ok: true;
      hits: SearchHit[];
      total: number;
      /** More may match than were ranked: only the newest stories were searched, or MAX_RANKED hit. */
      capped: boolean;
    }
  | { ok: false; reason: "too-many-words" | "too-slow" };

const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START},StopSel=${HIGHLIGHT_STOP},MaxWords=35,MinWords=15,MaxFragments=2,FragmentDelimiter=" … "`;

interface PlanNode {
  "Plan Rows": number;
}

/** The planner's estimate of published stories matching the query, and of published stories. */
async function estimate(
  tx: Tx,
  query: string,
): Promise<{ matches: number; published: number; rechecked: boolean }> {
  const [matches] = await tx.$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM ${table("Story")}
    WHERE status = 'PUBLISHED' AND "searchVector" @@ websearch_to_tsquery('english', ${query})`;
  const [published] = await tx.$queryRaw<{ n: number; tsquery: string }[]>`
    SELECT GREATEST(reltuples, 0)::float8 AS n, websearch_to_tsquery('english', ${query})::text AS tsquery
    FROM pg_class WHERE oid = to_regclass(${qualifiedName("Story")})`;
  return {
    matches: matches?.["QUERY PLAN"]?.[0]?.Plan?.["Plan Rows"] ?? Number.MAX_SAFE_INTEGER,
    published: published?.n ?? 0,
    rechecked: needsRecheck(published?.tsquery ?? ""),
  };
}

interface Source {
  /** The table the matches come from, as `s` (and `r` when ranked): Story, or SearchRecent. */
  table: Prisma.Sql;
  /** Its rows' condition for a published story (SearchRecent holds only published ones). */
  published: Prisma.Sql;
  /** Only the newest `window` published stories, or nothing. */
  inWindow: Prisma.Sql;
}

/**
 * Where a search with this window reads its matches. The whole archive: Story. The newest `window`
 * stories: their boundary is an index-only walk of that many, read first and passed as a value
 * (written as a subquery, the planner could not see how narrow the window is and, at a million
 * stories, read every tsvector in a sequential scan for a common word: 14 s); and when SearchRecent
 * holds every story from that boundary on (it holds all published since its oldest row), the
 * matches come from it: its GIN index and vectors stay in memory, where the archive's, read for a
 * few thousand stories, came from disk.
 */
async function searchSource(tx: Tx, window: number | null): Promise<Source> {
  const story: Source = {
    table: table("Story"),
    published: Prisma.sql`s.status = 'PUBLISHED'`,
    inWindow: Prisma.empty,
  };
  if (window === null) return story;
  const [edge] = await tx.$queryRaw<{ at: Date | null; recent: Date | null }[]>`
    SELECT (SELECT w."publishedAt" FROM ${table("Story")} w WHERE w.status = 'PUBLISHED'
      ORDER BY w."publishedAt" DESC OFFSET ${window - 1} LIMIT 1) AS at,
      (SELECT min(r."publishedAt") FROM ${table("SearchRecent")} r) AS recent`;
  if (!edge?.at) return story;
  const inWindow = Prisma.sql`AND s."publishedAt" >= ${edge.at}`;
  return edge.recent && edge.at >= edge.recent
    ? { table: table("SearchRecent"), published: Prisma.sql`true`, inWindow }
    : { ...story, inWindow };
}

function isTimeout(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const message = e instanceof Error ? e.message : String(e);
    if (/statement timeout|canceling statement|57014/i.test(message)) return true;
    if (!(e instanceof Error)) break;
  }
  return /statement timeout|57014/i.test(JSON.stringify(error) ?? "");
}

export async function searchStories(
  q: string,
  page: number,
  pageSize = SEARCH_PAGE_SIZE,
): Promise<SearchResult> {
  const query = q.trim();
  if (!query) return { ok: true, hits: [], total: 0, capped: false };
  const check = checkQuery(query);
  if (!check.ok) return check;
  const offset = (page - 1) * pageSize;
  if (offset >= MAX_RANKED) return { ok: true, hits: [], total: MAX_RANKED, capped: true };
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${SEARCH_TIMEOUT_MS}`);
        const { matches, published, rechecked } = await estimate(tx, query);
        const window = searchWindow(matches, published);
        const walk = searchMethod(matches, published, rechecked) === "walk";
        const source = await searchSource(tx, window);
        const rows = await tx.$queryRaw<
          {
            total: number;
            id: string | null;
            slug: string;
            headline: string;
            publishedAt: Date;
            excerpt: string;
          }[]
        >`
          WITH found AS ${walk ? Prisma.empty : Prisma.sql`MATERIALIZED`} (
            -- The tsquery is written inline (not in a CTE) so the planner sees how common the words are.
            SELECT s.id, s."publishedAt"${walk ? Prisma.sql`, s."searchVector"` : Prisma.sql`, s.ctid AS tid`} FROM ${source.table} s
            WHERE ${source.published} AND s."searchVector" @@ websearch_to_tsquery('english', ${query})
              ${source.inWindow}
          ),
          matches AS (SELECT * FROM found ORDER BY found."publishedAt" DESC LIMIT ${MAX_RANKED + 1}),
          ranked AS (
            -- A walk has read each match's tsvector already; gathered matches read theirs here, from
            -- the row found (a TID scan: its page was just read), not through the primary key's index
            -- again (500 index descents, whose leaf pages came from disk on a cold cache).
            SELECT m.id, ts_rank(${walk ? Prisma.sql`m` : Prisma.sql`r`}."searchVector", websearch_to_tsquery('english', ${query})) AS rank, m."publishedAt"
            -- The newest MAX_RANKED are ranked; the one more only says that more match.
            FROM (SELECT * FROM matches ORDER BY matches."publishedAt" DESC LIMIT ${MAX_RANKED}) m ${walk ? Prisma.empty : Prisma.sql`JOIN ${source.table} r ON r.ctid = m.tid`}
            ORDER BY rank DESC, m."publishedAt" DESC, m.id LIMIT ${pageSize} OFFSET ${offset}
          )
          SELECT (SELECT count(*)::int FROM matches) AS total, s.id, s.slug, s.headline, s."publishedAt",
            ts_headline('english', s.summary || ' ' || s."bodyText", websearch_to_tsquery('english', ${query}), ${HEADLINE_OPTIONS}) AS excerpt
          FROM (SELECT 1) one
          LEFT JOIN ranked ON true
          LEFT JOIN ${table("Story")} s ON s.id = ranked.id
          ORDER BY ranked.rank DESC, ranked."publishedAt" DESC, ranked.id`;
        const n = rows[0]?.total ?? 0;
        return {
          ok: true as const,
          total: Math.min(n, MAX_RANKED),
          capped: n > MAX_RANKED || window !== null,
          hits: rows.flatMap((r) =>
            r.id
              ? [
                  {
                    id: r.id,
                    slug: r.slug,
                    headline: r.headline,
                    publishedAt: r.publishedAt,
                    excerptHtml: highlightToHtml(r.excerpt),
                  },
                ]
              : [],
          ),
        };
      },
      { timeout: SEARCH_TIMEOUT_MS * 4, maxWait: SEARCH_TIMEOUT_MS * 2 },
    );
  } catch (error) {
    if (isTimeout(error)) return { ok: false, reason: "too-slow" };
    throw error;
  }
}
