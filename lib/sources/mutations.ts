import "server-only";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { assertStoryAccess, neighbourIndex } from "@/lib/stories/child-access";
import { InputError, NotFoundError } from "@/lib/stories/result";
import { moveSchema, sourceInputSchema } from "./schema";

// Sources of a story: add, edit, remove, reorder, approve. Private identity and contact are written
// only by those allowed to read them.

export async function addSource(storyId: string, input: unknown) {
  const user = await requireUser();
  const data = sourceInputSchema.parse(input);
  return db.$transaction(async (tx) => {
    const { record } = await assertStoryAccess(tx, user, storyId);
    const last = await tx.source.aggregate({ where: { storyId }, _max: { position: true } });
    const priv = can(user, "sources.viewPrivate", record)
      ? { privateIdentity: data.privateIdentity, privateContact: data.privateContact }
      : {};
    const source = await tx.source.create({
      data: {
        storyId,
        position: (last._max.position ?? -1) + 1,
        anonymous: data.anonymous,
        publicDescription: data.publicDescription,
        headcount: data.headcount,
        basisOfKnowledge: data.basisOfKnowledge,
        anonymityReason: data.anonymous ? data.anonymityReason : "",
        ...priv,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "source.add",
      entityType: "source",
      entityId: source.id,
      details: { storyId, anonymous: data.anonymous },
    });
    return source;
  });
}

async function loadSource(sourceId: string) {
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { storyId: true } });
  if (!source) throw new NotFoundError("source");
  return source;
}

// A changed claim needs a new look: editing what the approval was about clears it.
export async function updateSource(sourceId: string, input: unknown) {
  const user = await requireUser();
  const data = sourceInputSchema.parse(input);
  const { storyId } = await loadSource(sourceId);
  return db.$transaction(async (tx) => {
    const { record } = await assertStoryAccess(tx, user, storyId);
    const before = await tx.source.findUniqueOrThrow({
      where: { id: sourceId },
      select: {
        anonymous: true,
        anonymityReason: true,
        publicDescription: true,
        headcount: true,
        approvedAt: true,
      },
    });
    const reason = data.anonymous ? data.anonymityReason : "";
    const claimChanged =
      before.anonymous !== data.anonymous ||
      before.anonymityReason !== reason ||
      before.publicDescription !== data.publicDescription ||
      before.headcount !== data.headcount;
    const priv = can(user, "sources.viewPrivate", record)
      ? { privateIdentity: data.privateIdentity, privateContact: data.privateContact }
      : {};
    await tx.source.update({
      where: { id: sourceId },
      data: {
        anonymous: data.anonymous,
        publicDescription: data.publicDescription,
        headcount: data.headcount,
        basisOfKnowledge: data.basisOfKnowledge,
        anonymityReason: reason,
        ...priv,
        ...(claimChanged && before.approvedAt ? { approvedAt: null, approvedById: null } : {}),
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "source.update",
      entityType: "source",
      entityId: sourceId,
      details: { storyId, approvalCleared: claimChanged && !!before.approvedAt },
    });
    return { approvalCleared: claimChanged && !!before.approvedAt };
  });
}

export async function removeSource(sourceId: string) {
  const user = await requireUser();
  const { storyId } = await loadSource(sourceId);
  await db.$transaction(async (tx) => {
    await assertStoryAccess(tx, user, storyId);
    await tx.source.delete({ where: { id: sourceId } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "source.remove",
      entityType: "source",
      entityId: sourceId,
      details: { storyId },
    });
  });
  return {};
}

export async function moveSource(input: unknown) {
  const user = await requireUser();
  const { id, direction } = moveSchema.parse(input);
  const { storyId } = await loadSource(id);
  await db.$transaction(async (tx) => {
    await assertStoryAccess(tx, user, storyId);
    const rows = await tx.source.findMany({
      where: { storyId },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    const ids = rows.map((r) => r.id);
    const swap = neighbourIndex(ids, id, direction);
    if (!swap) return;
    [ids[swap[0]], ids[swap[1]]] = [ids[swap[1]], ids[swap[0]]];
    for (const [position, rowId] of ids.entries())
      await tx.source.update({ where: { id: rowId }, data: { position } });
  });
  return {};
}

// An editor who is not a byline signs off an anonymous source; recorded with name and time.
export async function approveSource(sourceId: string) {
  const user = await requireUser();
  const { storyId } = await loadSource(sourceId);
  return db.$transaction(async (tx) => {
    await assertStoryAccess(tx, user, storyId, "sources.approve");
    const source = await tx.source.findUniqueOrThrow({
      where: { id: sourceId },
      select: { anonymous: true, anonymityReason: true },
    });
    if (source.anonymous && !source.anonymityReason.trim())
      throw new InputError("Record the reason for anonymity before approving.", {
        anonymityReason: ["A reason is needed before approval."],
      });
    const approvedAt = new Date();
    await tx.source.update({
      where: { id: sourceId },
      data: { approvedAt, approvedById: user.id },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "source.approve",
      entityType: "source",
      entityId: sourceId,
      details: { storyId },
    });
    return { approvedAt: approvedAt.toISOString() };
  });
}
