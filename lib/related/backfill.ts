import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { table } from "@/lib/db/sql";
import { rankRelated } from "./rank";
import { storiesToRank, writeLists } from "./stored";
import { repeatInBackground } from "@/lib/shared/background";
import { invalidateTags } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";

// The backfill: published stories without a stored related list (an archive that arrived by
// migration or import, or a list a tag change dropped) get one, ranked as a publish would, newest
// first (the most read), in batches. Pages work meanwhile: a story without a list is ranked per
// request, by tags and recency only (lib/related/public-queries.ts), and its cached page is
// invalidated once its full list is stored. A batch never overwrites a list a publish stored
// meanwhile. One instance at a time: each batch runs under a transaction-scoped advisory lock, and
// an instance that cannot take it leaves the work to the one that has it.

export const BACKFILL_BATCH = 200;
const LOCK = 72_707_370; // next to Prisma's migration lock (72707369), ours alone

interface Cursor {
  at: Date;
  id: string;
}

/** Up to `size` published stories without a list, older than the cursor, newest first. */
async function missing(size: number, after: Cursor | null): Promise<Cursor[]> {
  const rows = await db.$queryRaw<{ id: string; at: Date }[]>`
    SELECT s.id, s."publishedAt" AS at FROM ${table("Story")} s
    WHERE s.status = 'PUBLISHED' AND s."publishedAt" IS NOT NULL
      ${after ? Prisma.sql`AND (s."publishedAt", s.id) < (${after.at}, ${after.id})` : Prisma.empty}
      AND NOT EXISTS (SELECT 1 FROM ${table("RelatedList")} r WHERE r."storyId" = s.id)
    ORDER BY s."publishedAt" DESC, s.id DESC LIMIT ${size}`;
  return rows;
}

export interface BackfillResult {
  ranked: number;
  /** Another instance holds the backfill. */
  busy: boolean;
}

/** Fills missing lists until none is left (or `maxStories` are done). */
export async function backfillRelatedLists(
  options: { batch?: number; maxStories?: number; log?: (line: string) => void } = {},
): Promise<BackfillResult> {
  const size = options.batch ?? BACKFILL_BATCH;
  const max = options.maxStories ?? Infinity;
  let cursor: Cursor | null = null;
  let ranked = 0;
  while (ranked < max) {
    const batch = await missing(Math.min(size, max - ranked), cursor);
    if (batch.length === 0) break;
    cursor = batch[batch.length - 1];
    const took = await db.$transaction(
      async (tx) => {
        const [{ locked }] = await tx.$queryRaw<
          { locked: boolean }[]
        >`SELECT pg_try_advisory_xact_lock(${LOCK}) AS locked`;
        if (!locked) return false;
        const stories = await storiesToRank(
          tx,
          batch.map((b) => b.id),
        );
        const { lists } = await rankRelated(tx, stories);
        await writeLists(tx, lists, "fill");
        return true;
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    if (!took) return { ranked, busy: true };
    invalidateTags(batch.map((b) => cacheTags.story(b.id)));
    ranked += batch.length;
    options.log?.(`related: ${ranked.toLocaleString("en")} lists ranked`);
  }
  return { ranked, busy: false };
}

/**
 * Started once per server process (instrumentation.ts): fills what is missing now, then looks again
 * every `intervalMs` (an import into a running site). Requests keep working throughout.
 */
export function startRelatedBackfill(intervalMs = 300_000): void {
  const fill = async () => {
    const started = Date.now();
    const { ranked } = await backfillRelatedLists();
    if (ranked)
      console.log(
        `related: backfilled ${ranked.toLocaleString("en")} lists in ${Math.round((Date.now() - started) / 1000)} s`,
      );
  };
  repeatInBackground("related-backfill", fill, {
    everyMs: intervalMs,
    firstAfterMs: 5_000,
    failed: "related: backfill failed",
  });
}
