import "server-only";
import { recordAudit, type AuditEntry } from "@/lib/audit/log";
import { assertCan, type Action } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import type { StoryAspect } from "@/lib/cache/tags";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { StoryStatus } from "@/lib/db/generated/enums";
import { loadGateInput } from "./gate-input";
import { evaluatePublishGate } from "./policy";
import { changeOf, loadStoryForWrite, refreshReaders } from "./record";
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

type LoadedStory = Awaited<ReturnType<typeof loadStoryForWrite>>;

/** What a write to one of a story's rows did, for the audit log and the caller. */
export interface RowWritten<T> {
  /** The row written (the audit entry's entity). */
  rowId: string;
  /** What the audit entry records beside the story's id. */
  details?: Record<string, Prisma.InputJsonValue>;
  /** What the caller gets back. */
  value: T;
}

/** One write to a row that belongs to a story, as writeStoryRow runs it. */
export interface StoryRowWrite<T> {
  storyId: string;
  /** The permission judged on the story's record; "stories.edit" unless said. */
  can?: Action;
  /** The audit entry's verb and the row's kind: "source.update", "source". */
  audit: Pick<AuditEntry, "action" | "entityType">;
  /** The write itself, inside the transaction, after the access check. */
  write(tx: Tx, loaded: LoadedStory): Promise<RowWritten<T>>;
  /** What the live story's gate check calls the edit, for the rows the gate reads (sources and
   * requests for comment); no check without it. */
  gate?: string | ((value: T) => string);
  /** The reader pages' aspect the row is part of, refreshed after the commit; none without it. */
  shows?: StoryAspect;
}

/**
 * A write to one of a story's rows (a source, a request for comment, a related article, a
 * correction) in one transaction: the story's lock and access check, the write, the live story's
 * gate, the audit entry. After the commit, the reader pages that show the row refresh.
 */
export async function writeStoryRow<T>(user: CurrentUser, change: StoryRowWrite<T>): Promise<T> {
  const { storyId, gate } = change;
  const { story, value } = await db.$transaction(async (tx) => {
    const loaded = await assertStoryAccess(tx, user, storyId, change.can);
    const { rowId, details, value } = await change.write(tx, loaded);
    if (gate) {
      const what = typeof gate === "string" ? gate : gate(value);
      await assertLiveStoryPasses(tx, storyId, loaded.story.status, what);
    }
    await recordAudit(tx, {
      actorId: user.id,
      ...change.audit,
      entityId: rowId,
      details: { storyId, ...details },
    });
    return { story: loaded.story, value };
  });
  if (change.shows) refreshReaders(changeOf(story), [change.shows], story.status === "PUBLISHED");
  return value;
}

/** A panel's rows of a story: the table differs, the move does not. */
export interface OrderedRows {
  /** The reader pages' aspect the rows are part of. */
  shows: StoryAspect;
  /** The row's story (NotFoundError when there is no such row). */
  storyOf(id: string): Promise<string>;
  list(tx: Tx, storyId: string): Promise<{ id: string }[]>;
  place(tx: Tx, id: string, position: number): Promise<unknown>;
}

/**
 * Move one of a story's rows (a source, a request for comment, a related article) a place up or
 * down, under the story's lock and its access check; its reader pages refresh unless the row was
 * already at that end (nothing changed).
 */
export async function moveStoryRow(
  user: CurrentUser,
  move: { id: string; direction: "up" | "down" },
  rows: OrderedRows,
): Promise<void> {
  const storyId = await rows.storyOf(move.id);
  const story = await db.$transaction(async (tx) => {
    const { story } = await assertStoryAccess(tx, user, storyId);
    const ids = (await rows.list(tx, storyId)).map((r) => r.id);
    const swap = neighbourIndex(ids, move.id, move.direction);
    if (!swap) return null;
    [ids[swap[0]], ids[swap[1]]] = [ids[swap[1]], ids[swap[0]]];
    for (const [position, rowId] of ids.entries()) await rows.place(tx, rowId, position);
    return story;
  });
  if (story) refreshReaders(changeOf(story), [rows.shows], story.status === "PUBLISHED");
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
