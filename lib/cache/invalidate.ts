import "server-only";
import { invalidatePages, sharedInvalidation } from "@/lib/reader/page-cache";

// Expire the given cache tags at once: the next reader gets fresh content (not stale-then-fresh).
// Called by mutations after their transaction commits. Reader pages live in the reader's own page
// cache (lib/reader/page-cache.ts, tags collected while rendering): this instance drops them now,
// and with REDIS_URL every other instance (and the nginx purger) learns of it through Redis within
// a few milliseconds (lib/cluster/shared-invalidation.ts).
export function invalidateTags(tags: readonly string[]): void {
  const unique = [...new Set(tags)];
  invalidatePages(unique);
  sharedInvalidation()?.publish(unique);
}
