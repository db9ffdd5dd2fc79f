// Related stories, pure rules: the editor's picks first in their order, then automatic candidates
// ranked by shared tags (a rare tag counts more than a common one: inverse document frequency over
// published stories), text similarity and recency. Never the story itself, never a duplicate.

export interface RelatedCandidate {
  id: string;
  publishedAt: Date;
  /** Tags this candidate shares with the story. */
  sharedTagIds: readonly string[];
  /** Text similarity to the story, >= 0 (e.g. PostgreSQL ts_rank of the story's key terms). */
  textScore: number;
}

export interface RankingContext {
  /** How many published stories carry each tag. */
  tagFrequency: ReadonlyMap<string, number>;
  /** How many published stories there are. */
  totalStories: number;
  now: Date;
}

export const RANKING_WEIGHTS = {
  /** Text similarity counts about as much as one fairly common shared tag. */
  text: 4,
  /** Recency adds up to this much, halving every `halfLifeDays`. */
  recency: 1.5,
  halfLifeDays: 14,
} as const;

/** A tag's weight: log-scaled rarity, always > 0 so any shared tag counts. */
export function tagWeight(frequency: number, totalStories: number): number {
  const df = Math.max(1, frequency);
  const n = Math.max(df, totalStories);
  return Math.log(1 + n / df);
}

export function scoreCandidate(candidate: RelatedCandidate, context: RankingContext): number {
  const tags = candidate.sharedTagIds.reduce(
    (sum, id) => sum + tagWeight(context.tagFrequency.get(id) ?? 1, context.totalStories),
    0,
  );
  const text = RANKING_WEIGHTS.text * Math.min(1, Math.max(0, candidate.textScore));
  const ageDays = Math.max(
    0,
    (context.now.getTime() - candidate.publishedAt.getTime()) / 86_400_000,
  );
  const recency = RANKING_WEIGHTS.recency * Math.pow(0.5, ageDays / RANKING_WEIGHTS.halfLifeDays);
  return tags + text + recency;
}

/** Automatic candidates, best first; ties go to the newer story, then the id (stable). */
export function rankCandidates(
  candidates: readonly RelatedCandidate[],
  context: RankingContext,
  excludeIds: Iterable<string> = [],
): string[] {
  return rankScored(candidates, context, excludeIds).map((r) => r.id);
}

/** rankCandidates() with each candidate's score (a stored list keeps its lowest). */
export function rankScored(
  candidates: readonly RelatedCandidate[],
  context: RankingContext,
  excludeIds: Iterable<string> = [],
): { id: string; score: number }[] {
  const excluded = new Set(excludeIds);
  const seen = new Set<string>();
  return candidates
    .filter((c) => !excluded.has(c.id) && !seen.has(c.id) && seen.add(c.id))
    .map((c) => ({ c, score: scoreCandidate(c, context) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.c.publishedAt.getTime() - a.c.publishedAt.getTime() ||
        (a.c.id < b.c.id ? -1 : 1),
    )
    .map(({ c, score }) => ({ id: c.id, score }));
}

export type RelatedPick = { kind: "internal"; storyId: string } | { kind: "external"; key: string };

/**
 * The feed's order: picks (internal ones only if published, each once), then automatic ones not
 * already picked, never the story itself, up to `limit` items in all.
 */
export function mergeRelated(
  storyId: string,
  picks: readonly RelatedPick[],
  publishedIds: ReadonlySet<string>,
  ranked: readonly string[],
  limit: number,
): RelatedPick[] {
  const out: RelatedPick[] = [];
  const used = new Set<string>([storyId]);
  for (const pick of picks) {
    if (out.length >= limit) return out;
    if (pick.kind === "external") {
      if (used.has(`external:${pick.key}`)) continue;
      used.add(`external:${pick.key}`);
      out.push(pick);
    } else if (publishedIds.has(pick.storyId) && !used.has(pick.storyId)) {
      used.add(pick.storyId);
      out.push(pick);
    }
  }
  for (const id of ranked) {
    if (out.length >= limit) break;
    if (used.has(id) || !publishedIds.has(id)) continue;
    used.add(id);
    out.push({ kind: "internal", storyId: id });
  }
  return out;
}

/** The words a story is about, for the text-similarity query: headline and summary terms. */
export function keyTerms(text: string, max = 12): string[] {
  const stop = new Set([
    "the",
    "and",
    "for",
    "with",
    "that",
    "this",
    "from",
    "over",
    "after",
    "into",
    "about",
    "have",
    "has",
    "are",
    "was",
    "were",
    "will",
    "its",
    "their",
    "they",
    "not",
    "but",
    "who",
    "what",
    "when",
    "how",
    "says",
    "said",
  ]);
  const words =
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .match(/[a-z0-9]{3,}/g) ?? [];
  return [...new Set(words.filter((w) => !stop.has(w)))].slice(0, max);
}
