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
 * How the matches in the window are found. "walk": newest first through the (status, publishedAt)
 * index, testing each story's tsvector until MAX_RANKED + 1 match: cheap when most stories match
 * (a word in a third of the archive: about 1,500 tests). "index": the GIN index's matches, anded
 * with the window's bitmap, gathered and then sorted: the tsvectors are not read at all (a plain
 * word needs no recheck), so a word in 8% of stories costs 15 ms instead of the walk's 45-80 ms of
 * unpacking 4,500 tsvectors that mostly do not match. A phrase never walks: the planner's estimate
 * for it is that of its words together, and most of its window's stories fail the position check.
 */
export function searchMethod(
  estimatedMatches: number,
  publishedStories: number,
  phrase: boolean,
): "walk" | "index" {
  if (phrase || searchWindow(estimatedMatches, publishedStories) === null) return "index";
  return estimatedMatches / Math.max(publishedStories, 1) >= WALK_DENSITY ? "walk" : "index";
}
