import "server-only";
import { assertCan, type Action } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/client";
import type { StoryStatus } from "@/lib/db/generated/enums";
import { loadGateInput } from "./gate-input";
import { evaluatePublishGate } from "./policy";
import { loadStoryForWrite } from "./record";
import { InputError } from "@/lib/shared/errors";

// Panels (sources, requests for comment, related, corrections) change rows that belong to a story:
// the permission is always judged on the story's own record, inside the same transaction, with the
// story's row locked (see lockStory) so that a publish cannot interleave with the change.
export async function assertStoryAccess(
  tx: Tx,
  user: CurrentUser,
  storyId: string,
  action: Action = "stories.edit",
) {
  const loaded = await loadStoryForWrite(tx, storyId);
  assertCan(user, action, loaded.record);
  return loaded;
}

/**
 * A live story's edits go to readers at once, so after a write (inside its transaction, under the
 * story's lock) the story must still pass the publish gate; otherwise the write is refused and rolled
 * back. `what` names the edit for the message ("this edit", "removing this request for comment").
 */
export async function assertLiveStoryPasses(
  tx: Tx,
  storyId: string,
  status: StoryStatus,
  what: string,
): Promise<void> {
  if (status !== "PUBLISHED") return;
  const gate = evaluatePublishGate(await loadGateInput(tx, storyId), new Date());
  if (gate.canPublish) return;
  const failing = gate.blocking.map((c) => c.message);
  throw new InputError(
    `This story is live, and ${what} would fail the publish checklist: ${failing.join("; ")}. Fix that first, or unpublish the story.`,
    { gate: failing },
  );
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
