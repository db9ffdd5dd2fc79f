// What a reader's query may cost, decided before and while it runs (pure parts; unit-tested).

/** Every search statement runs under this timeout; past it the reader gets a kind page. */
export const SEARCH_TIMEOUT_MS = 1_500;
/** Words (and quoted words) a query may have; beyond that we ask for fewer. */
export const MAX_QUERY_TERMS = 12;
/** Ranked matches per query: ten pages of ten... times five; a news search favours the recent. */
export const MAX_RANKED = 500;
/** Below this many expected matches a query searches the whole archive. */
export const WHOLE_ARCHIVE_MATCHES = 4_000;
/** A common query searches only the newest stories, never more than this many. */
export const MAX_WINDOW = 20_000;
export const MIN_WINDOW = 1_000;
/** SearchRecent (lib/search/recent.ts) keeps at least this many of the newest: more than any window. */
export const SEARCH_RECENT_KEEP = Math.ceil(MAX_WINDOW * 1.25);

/** The words of a query as websearch_to_tsquery would see them (quotes and minus signs aside). */
export function queryTerms(q: string): string[] {
  return (q.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w !== "or");
}

export type QueryCheck = { ok: true } | { ok: false; reason: "too-many-words" };

export function checkQuery(q: string): QueryCheck {
  return queryTerms(q).length > MAX_QUERY_TERMS
    ? { ok: false, reason: "too-many-words" }
    : { ok: true };
}

/**
 * How many of the newest stories to search, given the planner's estimate of matches over the whole
 * archive: the whole archive (null) when the query is selective, else a window expected to hold
 * about twice the ranked matches, within [MIN_WINDOW, MAX_WINDOW].
 */
export function searchWindow(estimatedMatches: number, publishedStories: number): number | null {
  if (estimatedMatches <= WHOLE_ARCHIVE_MATCHES || publishedStories <= MAX_WINDOW) return null;
  const density = Math.max(estimatedMatches, 1) / Math.max(publishedStories, 1);
  const wanted = Math.ceil(((MAX_RANKED + 1) * 2) / density);
  return Math.min(MAX_WINDOW, Math.max(MIN_WINDOW, wanted));
}

/** At or above this share of the archive matching, a common query walks the newest stories. */
export const WALK_DENSITY = 0.3;

/**
 * Whether the GIN index's matches for this tsquery (its text) must each be checked against the
 * story's tsvector: a phrase (<->, <N>) needs the positions and a negation (!) the whole vector.
 */
export function needsRecheck(tsquery: string): boolean {
  return /<->|<\d+>|!/.test(tsquery);
}

/**
 * How the matches in the window are found. "walk": newest first through the (status, publishedAt)
 * index, testing each story's tsvector until MAX_RANKED + 1 match or the window ends: cheap when
 * most stories match (a word in a third of the archive: about 1,500 tests). "index": the GIN
 * index's matches, anded with the window's bitmap, gathered and then sorted; for a plain query the
 * tsvectors are not read at all, so a word in 8% of stories costs 15 ms instead of the walk's
 * 45-80 ms of unpacking 4,500 tsvectors that mostly do not match. A query whose index matches must
 * be rechecked (a phrase, a minus word) unpacks every candidate of the whole archive that way (a
 * phrase of two common words: 32,000, 400-1,100 ms), so it walks whenever its window is the smaller.
 */
export function searchMethod(
  estimatedMatches: number,
  publishedStories: number,
  rechecked: boolean,
): "walk" | "index" {
  const window = searchWindow(estimatedMatches, publishedStories);
  if (window === null) return "index";
  if (rechecked) return window < estimatedMatches ? "walk" : "index";
  return estimatedMatches / Math.max(publishedStories, 1) >= WALK_DENSITY ? "walk" : "index";
}
