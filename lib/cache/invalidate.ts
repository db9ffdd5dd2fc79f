import "server-only";
import { invalidatePages } from "@/lib/reader/page-cache";

// Expire the given cache tags at once: the next reader gets fresh content (not stale-then-fresh).
// Called by mutations after their transaction commits. Reader pages live in the reader's own page
// cache (lib/reader/page-cache.ts, tags collected while rendering).
export function invalidateTags(tags: readonly string[]): void {
  invalidatePages([...new Set(tags)]);
}
