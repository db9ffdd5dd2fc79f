import "server-only";
import { db } from "@/lib/db/client";
import { repeatInBackground } from "@/lib/shared/background";
import { SEARCH_RECENT_KEEP } from "./bounds";

// SearchRecent (the migration 20261202004834_search_recent) holds the search vectors of the newest
// published stories, kept by a trigger on Story. Every published story published at or after the
// oldest time there is there, so a search whose window starts at or after it can read this small
// table and its GIN index instead of the archive's. Publishing only adds, so the table is pruned to
// the newest SEARCH_RECENT_KEEP (more than the widest window) every so often, by every instance
// (pruning twice at once is harmless: the second finds nothing to delete).

/** Deletes all but the newest SEARCH_RECENT_KEEP rows (ties at the edge stay); how many went. */
export async function pruneSearchRecent(keep = SEARCH_RECENT_KEEP): Promise<number> {
  const [row] = await db.$queryRaw<{ gone: number }[]>`SELECT search_recent_prune(${keep}) AS gone`;
  return row?.gone ?? 0;
}

/** Started once per server process (instrumentation.ts). */
export function startSearchRecentPrune(intervalMs = 600_000): void {
  repeatInBackground(
    "search-recent-prune",
    async () => {
      await pruneSearchRecent();
    },
    { everyMs: intervalMs, firstAfterMs: 30_000, failed: "search: pruning SearchRecent failed" },
  );
}
