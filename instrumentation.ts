// Next's startup hook, on the Node.js server: with REDIS_URL, share page-cache invalidation with the
// other instances; then start the scheduler that publishes scheduled stories when their time comes
// (and catches up on any that fell due while the server was down).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { redisPrefix, redisUrl } = await import("@/lib/redis/client");
  const url = redisUrl();
  if (url) {
    const { connectSharedInvalidation } = await import("@/lib/cluster/shared-invalidation");
    const { flushPages, setSharedInvalidation } = await import("@/lib/reader/page-cache");
    setSharedInvalidation(
      connectSharedInvalidation({ url, prefix: redisPrefix(), onReconnect: flushPages }),
    );
  }
  // Related lists of stories already in the database (an imported archive) are filled meanwhile.
  if (process.env.NEWSROOM_RELATED_BACKFILL !== "off") {
    const { startRelatedBackfill } = await import("@/lib/related/backfill");
    startRelatedBackfill();
  }
  // The newest stories' search table (lib/search/recent.ts) only grows by publishing: trimmed here.
  const { startSearchRecentPrune } = await import("@/lib/search/recent");
  startSearchRecentPrune();
  if (process.env.NEWSROOM_SCHEDULER === "off") return;
  const { startScheduler } = await import("@/lib/stories/scheduler");
  // invalidateTags drops the reader's page cache (and tells the other instances) from outside a request.
  const { invalidateTags } = await import("@/lib/cache/invalidate");
  const interval = Number(process.env.NEWSROOM_SCHEDULER_INTERVAL_MS ?? 15_000);
  startScheduler((tags) => invalidateTags(tags), interval > 0 ? interval : 15_000);
}
