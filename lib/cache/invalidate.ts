import "server-only";
import { revalidateTag } from "next/cache";
import { invalidatePages } from "@/lib/reader/page-cache";

// Expire the given cache tags at once: the next reader gets fresh content (not stale-then-fresh).
// Called by mutations after their transaction commits. Reader pages live in the reader's own page
// cache (lib/reader/page-cache.ts, tags collected while rendering); anything cached through Next's
// data cache is expired too.
export function invalidateTags(tags: readonly string[]): void {
  const unique = [...new Set(tags)];
  invalidatePages(unique);
  for (const tag of unique) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch {
      // Outside a Next request (scripts, the launcher's seed) there is no Next cache to expire.
    }
  }
}
