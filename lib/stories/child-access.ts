import "server-only";
import { recordAudit, type AuditEntry } from "@/lib/audit/log";
import { assertCan, type Action } from "@/lib/auth/permissions";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import type { StoryAspect } from "@/lib/cache/tags";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { StoryStatus } from "@/lib/db/generated/enums";
import { loadGateInput } from "./gate-input";
import { evaluatePublishGate } from "./policy";
import { changeOf, loadStoryForWrite, refreshReaders } from "./record";
import { InputError, NotFoundError, parseId, parseInput } from "@/lib/shared/errors";
import { rowMoveSchema } from "./schema";

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

/** A kind of row that belongs to a story: how its changes are audited and where readers see it. */
export interface StoryRowKind {
  /** The audit entries' entity ("related_link"), and their verbs' domain ("related"). */
  entityType: AuditEntry["entityType"];
  domain: string;
  /** The reader pages' aspect the rows are part of, refreshed after each change. */
  shows: StoryAspect;
}

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
  /** The audit entry's verb within the kind's domain: "add", "update". */
  verb: string;
  /** The permission judged on the story's record; "stories.edit" unless said. */
  can?: Action;
  /** The write itself, inside the transaction, after the access check. */
  write(tx: Tx, loaded: LoadedStory): Promise<RowWritten<T>>;
  /** What the live story's gate check calls the edit, for the rows the gate reads (sources and
   * requests for comment); no check without it. */
  gate?: string | ((value: T) => string);
  /** False where readers see nothing of the change (a source's approval). */
  refresh?: boolean;
}

/**
 * A write to one of a story's rows (a source, a request for comment, a related article, a
 * correction) in one transaction: the story's lock and access check, the write, the live story's
 * gate, the audit entry. After the commit, the reader pages that show the row refresh.
 */
export async function writeStoryRow<T>(
  user: CurrentUser,
  kind: StoryRowKind,
  change: StoryRowWrite<T>,
): Promise<T> {
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
      action: `${kind.domain}.${change.verb}`,
      entityType: kind.entityType,
      entityId: rowId,
      details: { storyId, ...details },
    });
    return { story: loaded.story, value };
  });
  if (change.refresh !== false) refreshStory(story, kind);
  return value;
}

function refreshStory(story: LoadedStory["story"], kind: StoryRowKind) {
  refreshReaders(changeOf(story), [kind.shows], story.status === "PUBLISHED");
}

/** A panel's rows of a story, in order: the table differs, finding, removing and moving do not. */
export interface OrderedRows extends StoryRowKind {
  /** What a row is called in answers: "source", "request for comment". */
  noun: string;
  find(id: string): Promise<{ storyId: string } | null>;
  list(tx: Tx, storyId: string): Promise<{ id: string }[]>;
  place(tx: Tx, id: string, position: number): Promise<unknown>;
  remove(tx: Tx, id: string): Promise<unknown>;
}

/** The Prisma arguments of OrderedRows' reads, the same for every panel's table. */
export const rowArgs = {
  /** A row's story. */
  story: (id: string) => ({ where: { id }, select: { storyId: true } }) as const,
  /** A story's rows, in their order. */
  inOrder: (storyId: string) =>
    ({ where: { storyId }, orderBy: { position: "asc" }, select: { id: true } }) as const,
};

/** The story a row belongs to; NotFoundError when there is no such row. */
export async function storyOfRow(rows: OrderedRows, id: string): Promise<string> {
  const row = await rows.find(id);
  if (!row) throw new NotFoundError(rows.noun);
  return row.storyId;
}

/** Remove one of a story's rows; `gate` as in StoryRowWrite, for the rows the gate reads. */
export async function removeStoryRow(id: string, rows: OrderedRows, gate?: string) {
  id = parseId(id, rows.noun);
  const user = await requireUser();
  return writeStoryRow(user, rows, {
    storyId: await storyOfRow(rows, id),
    verb: "remove",
    gate,
    async write(tx) {
      await rows.remove(tx, id);
      return { rowId: id, value: {} };
    },
  });
}

/**
 * Move one of a story's rows (a source, a request for comment, a related article) a place up or
 * down, under the story's lock and its access check; its reader pages refresh unless the row was
 * already at that end (nothing changed).
 */
export async function moveStoryRow(input: unknown, rows: OrderedRows) {
  const user = await requireUser();
  const move = parseInput(rowMoveSchema, input);
  const storyId = await storyOfRow(rows, move.id);
  const story = await db.$transaction(async (tx) => {
    const { story } = await assertStoryAccess(tx, user, storyId);
    const ids = (await rows.list(tx, storyId)).map((r) => r.id);
    const swap = neighbourIndex(ids, move.id, move.direction);
    if (!swap) return null;
    [ids[swap[0]], ids[swap[1]]] = [ids[swap[1]], ids[swap[0]]];
    for (const [position, rowId] of ids.entries()) await rows.place(tx, rowId, position);
    return story;
  });
  if (story) refreshStory(story, rows);
  return {};
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
