import "server-only";
import { assertCan, type Action } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/client";
import { loadStoryRecord } from "./record";

// Panels (sources, requests for comment, related, corrections) change rows that belong to a story:
// the permission is always judged on the story's own record, inside the same transaction.
export async function assertStoryAccess(
  tx: Tx,
  user: CurrentUser,
  storyId: string,
  action: Action = "stories.edit",
) {
  const loaded = await loadStoryRecord(tx, storyId);
  assertCan(user, action, loaded.record);
  return loaded;
}

/** Swap an item with its neighbour in a position-ordered list. */
export function neighbourIndex(
  ids: readonly string[],
  id: string,
  direction: "up" | "down",
): [number, number] | null {
  const index = ids.indexOf(id);
  const other = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || other < 0 || other >= ids.length) return null;
  return [index, other];
}
