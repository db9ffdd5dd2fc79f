import "server-only";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import {
  assertLiveStoryPasses,
  assertStoryAccess,
  moveStoryRow,
  type OrderedRows,
} from "@/lib/stories/child-access";
import { changeOf, refreshReaders } from "@/lib/stories/record";
import { InputError, NotFoundError, parseId, parseInput } from "@/lib/shared/errors";
import { moveSchema, sourceInputSchema, type SourceInput } from "./schema";

// Sources of a story: add, edit, remove, reorder, approve. Private identity and contact are written
// only by those allowed to read them. On a live story every change must keep it passing the gate,
// and its page refreshes for the next reader.

const APPROVAL_CLEARED =
  "Saved. This changed what the editor approved, so the approval is cleared: an editor who is not on the byline must approve the source again.";

function privateFields(allowed: boolean, data: SourceInput) {
  return allowed
    ? { privateIdentity: data.privateIdentity, privateContact: data.privateContact }
    : {};
}

export async function addSource(storyId: string, input: unknown) {
  storyId = parseId(storyId, "story");
  const user = await requireUser();
  const data = parseInput(sourceInputSchema, input);
  const result = await db.$transaction(async (tx) => {
    const { story, record } = await assertStoryAccess(tx, user, storyId);
    const last = await tx.source.aggregate({ where: { storyId }, _max: { position: true } });
    const source = await tx.source.create({
      data: {
        storyId,
        position: (last._max.position ?? -1) + 1,
        anonymous: data.anonymous,
        publicDescription: data.publicDescription,
        headcount: data.headcount,
        basisOfKnowledge: data.basisOfKnowledge,
        anonymityReason: data.anonymous ? data.anonymityReason : "",
        ...privateFields(can(user, "sources.writePrivate", record), data),
      },
      select: { id: true },
    });
    await assertLiveStoryPasses(tx, storyId, story.status, "adding this source");
    await recordAudit(tx, {
      actorId: user.id,
      action: "source.add",
      entityType: "source",
      entityId: source.id,
      details: { storyId, anonymous: data.anonymous },
    });
    return { source, story };
  });
  refreshReaders(changeOf(result.story), ["sources"], result.story.status === "PUBLISHED");
  return result.source;
}

async function loadSource(sourceId: string) {
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { storyId: true } });
  if (!source) throw new NotFoundError("source");
  return source;
}

// A changed source needs a new look: editing who the source is (identity, contact), how they know
// (basis), why they are anonymous (reason), or how the story describes them clears the approval.
export async function updateSource(sourceId: string, input: unknown) {
  sourceId = parseId(sourceId, "source");
  const user = await requireUser();
  const data = parseInput(sourceInputSchema, input);
  const { storyId } = await loadSource(sourceId);
  const result = await db.$transaction(async (tx) => {
    const { story, record } = await assertStoryAccess(tx, user, storyId);
    const before = await tx.source.findUniqueOrThrow({
      where: { id: sourceId },
      select: {
        anonymous: true,
        anonymityReason: true,
        publicDescription: true,
        headcount: true,
        basisOfKnowledge: true,
        privateIdentity: true,
        privateContact: true,
        approvedAt: true,
      },
    });
    const reason = data.anonymous ? data.anonymityReason : "";
    const writesPrivate = can(user, "sources.writePrivate", record);
    const changed =
      before.anonymous !== data.anonymous ||
      before.anonymityReason !== reason ||
      before.publicDescription !== data.publicDescription ||
      before.headcount !== data.headcount ||
      before.basisOfKnowledge !== data.basisOfKnowledge ||
      (writesPrivate &&
        (before.privateIdentity !== data.privateIdentity ||
          before.privateContact !== data.privateContact));
    const approvalCleared = changed && !!before.approvedAt;
    await tx.source.update({
      where: { id: sourceId },
      data: {
        anonymous: data.anonymous,
        publicDescription: data.publicDescription,
        headcount: data.headcount,
        basisOfKnowledge: data.basisOfKnowledge,
        anonymityReason: reason,
        ...privateFields(writesPrivate, data),
        ...(approvalCleared ? { approvedAt: null, approvedById: null } : {}),
      },
    });
    await assertLiveStoryPasses(
      tx,
      storyId,
      story.status,
      approvalCleared ? "this edit (which clears the source's approval)" : "this edit",
    );
    await recordAudit(tx, {
      actorId: user.id,
      action: "source.update",
      entityType: "source",
      entityId: sourceId,
      details: { storyId, approvalCleared },
    });
    return { approvalCleared, story };
  });
  refreshReaders(changeOf(result.story), ["sources"], result.story.status === "PUBLISHED");
  return result.approvalCleared
    ? { approvalCleared: true, message: APPROVAL_CLEARED }
    : { approvalCleared: false };
}

export async function removeSource(sourceId: string) {
  sourceId = parseId(sourceId, "source");
  const user = await requireUser();
  const { storyId } = await loadSource(sourceId);
  const story = await db.$transaction(async (tx) => {
    const { story } = await assertStoryAccess(tx, user, storyId);
    await tx.source.delete({ where: { id: sourceId } });
    // Removing a source can leave a sourceRef pointing nowhere; the gate says whether that matters.
    await assertLiveStoryPasses(tx, storyId, story.status, "removing this source");
    await recordAudit(tx, {
      actorId: user.id,
      action: "source.remove",
      entityType: "source",
      entityId: sourceId,
      details: { storyId },
    });
    return story;
  });
  refreshReaders(changeOf(story), ["sources"], story.status === "PUBLISHED");
  return {};
}

const sourceRows: OrderedRows = {
  list: (tx, storyId) =>
    tx.source.findMany({ where: { storyId }, orderBy: { position: "asc" }, select: { id: true } }),
  place: (tx, id, position) => tx.source.update({ where: { id }, data: { position } }),
};

export async function moveSource(input: unknown) {
  const user = await requireUser();
  const { id, direction } = parseInput(moveSchema, input);
  const { storyId } = await loadSource(id);
  const story = await db.$transaction((tx) =>
    moveStoryRow(tx, user, { storyId, id, direction }, sourceRows),
  );
  if (story) refreshReaders(changeOf(story), ["sources"], story.status === "PUBLISHED");
  return {};
}

// An editor who is not a byline signs off an anonymous source; recorded with name and time.
export async function approveSource(sourceId: string) {
  sourceId = parseId(sourceId, "source");
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
