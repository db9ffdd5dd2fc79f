import "server-only";
import type { z } from "zod";
import { recordAudit, type AuditEntry } from "@/lib/audit/log";
import type { Action } from "@/lib/auth/permissions";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import type { StoryAspect } from "@/lib/cache/tags";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { NotFoundError, parseId, parseInput } from "@/lib/shared/errors";
import { assertLiveStoryPasses, assertStoryAccess, neighbourIndex } from "./child-access";
import { changeOf, type loadStoryForWrite, refreshReaders } from "./record";
import { rowMoveSchema } from "./schema";

// Rows that belong to a story (sources, requests for comment, related articles, corrections): every
// change to one runs the same way, whatever the table.

type LoadedStory = Awaited<ReturnType<typeof loadStoryForWrite>>;

/** A kind of row that belongs to a story: how its changes are audited and where readers see it. */
export interface StoryRowKind {
  /** The audit entries' entity ("source", "related_link"). */
  entityType: AuditEntry["entityType"];
  /** Their verbs' domain where it is not the entity ("related" for "related_link"). */
  domain?: string;
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
 * A write to one of a story's rows in one transaction: the story's lock and access check, the
 * write, the live story's gate, the audit entry. After the commit, the reader pages that show the
 * row refresh.
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
      action: `${kind.domain ?? kind.entityType}.${change.verb}`,
      entityType: kind.entityType,
      entityId: rowId,
      details: { storyId, ...details },
    });
    return { story: loaded.story, value };
  });
  if (change.refresh !== false) refreshStory(story, kind);
  return value;
}

/**
 * What a change to a story's rows starts from, refused in this order: a reference that is not an
 * id (the story's, or the row's, called `noun` in the answer), then no one signed in, then input
 * that does not parse. The access check follows, in writeStoryRow.
 */
export async function rowChange<S extends z.ZodType>(
  ref: string,
  noun: string,
  schema: S,
  input: unknown,
): Promise<{ id: string; user: CurrentUser; data: z.output<S> }> {
  const id = parseId(ref, noun);
  const user = await requireUser();
  return { id, user, data: parseInput(schema, input) };
}

function refreshStory(story: LoadedStory["story"], kind: StoryRowKind) {
  refreshReaders(changeOf(story), [kind.shows], story.status === "PUBLISHED");
}

/**
 * The Prisma calls a panel's table answers, the same for each: a row's story, a story's rows in
 * their order, a row's new place, a row's removal, the last place taken.
 */
interface RowDelegate {
  findUnique(args: {
    where: { id: string };
    select: { storyId: true };
  }): PromiseLike<{ storyId: string } | null>;
  findMany(args: {
    where: { storyId: string };
    orderBy: { position: "asc" };
    select: { id: true };
  }): PromiseLike<{ id: string }[]>;
  update(args: { where: { id: string }; data: { position: number } }): PromiseLike<unknown>;
  delete(args: { where: { id: string } }): PromiseLike<unknown>;
  aggregate(args: {
    where: { storyId: string };
    _max: { position: true };
  }): PromiseLike<{ _max: { position: number | null } }>;
}

/** A panel's table of a story's rows, in order: what differs from one panel to the next. */
export interface RowTable extends StoryRowKind {
  /** What a row is called in answers: "source", "request for comment". */
  noun: string;
  /** The table on a client or a transaction: `(c) => c.source`. */
  rows(client: Tx): RowDelegate;
}

/** A panel's rows (sources, requests for comment, related articles): find, write, remove, move. */
export function storyRows(table: RowTable) {
  /** The story a row belongs to; NotFoundError when there is no such row. */
  const storyOf = async (id: string) => {
    const row = await table.rows(db).findUnique({ where: { id }, select: { storyId: true } });
    if (!row) throw new NotFoundError(table.noun);
    return row.storyId;
  };
  return {
    noun: table.noun,
    storyOf,
    /** The place of a row added to the story: after its last. */
    async nextPosition(tx: Tx, storyId: string) {
      const last = await table.rows(tx).aggregate({ where: { storyId }, _max: { position: true } });
      return (last._max.position ?? -1) + 1;
    },
    write: <T>(user: CurrentUser, change: StoryRowWrite<T>) => writeStoryRow(user, table, change),

    /**
     * Add a row to a story, after rowChange's checks of the story's reference, who asks and the
     * input; `change` gives the write (and the gate) for the story, the user and the parsed input.
     */
    async add<S extends z.ZodType, T>(
      ref: string,
      schema: S,
      input: unknown,
      change: (checked: {
        storyId: string;
        user: CurrentUser;
        data: z.output<S>;
      }) => Omit<StoryRowWrite<T>, "storyId" | "verb">,
    ) {
      const { id: storyId, user, data } = await rowChange(ref, "story", schema, input);
      return writeStoryRow(user, table, {
        ...change({ storyId, user, data }),
        storyId,
        verb: "add",
      });
    },

    /** Remove a row; `gate` as in StoryRowWrite, for the rows the gate reads. */
    async remove(id: string, gate?: string) {
      id = parseId(id, table.noun);
      const user = await requireUser();
      return writeStoryRow(user, table, {
        storyId: await storyOf(id),
        verb: "remove",
        gate,
        async write(tx) {
          await table.rows(tx).delete({ where: { id } });
          return { rowId: id, value: {} };
        },
      });
    },

    /**
     * Move a row a place up or down, under the story's lock and its access check; the reader pages
     * refresh unless the row was already at that end (nothing changed).
     */
    async move(input: unknown) {
      const user = await requireUser();
      const move = parseInput(rowMoveSchema, input);
      const storyId = await storyOf(move.id);
      const story = await db.$transaction(async (tx) => {
        const { story } = await assertStoryAccess(tx, user, storyId);
        const rows = await table
          .rows(tx)
          .findMany({ where: { storyId }, orderBy: { position: "asc" }, select: { id: true } });
        const ids = rows.map((r) => r.id);
        const swap = neighbourIndex(ids, move.id, move.direction);
        if (!swap) return null;
        [ids[swap[0]], ids[swap[1]]] = [ids[swap[1]], ids[swap[0]]];
        for (const [position, id] of ids.entries())
          await table.rows(tx).update({ where: { id }, data: { position } });
        return story;
      });
      if (story) refreshStory(story, table);
      return {};
    },
  };
}
