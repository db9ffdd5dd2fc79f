import "server-only";
import { revalidateTag } from "next/cache";

// Expire the given cache tags at once: the next reader gets fresh content (not stale-then-fresh).
// Called by mutations after their transaction commits.
export function invalidateTags(tags: readonly string[]): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}
