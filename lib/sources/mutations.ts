import "server-only";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/db/generated/client";
import { rowChange, storyRows } from "@/lib/stories/story-rows";
import { InputError, parseId } from "@/lib/shared/errors";
import { sourceInputSchema, type SourceInput } from "./schema";

// Sources of a story: add, edit, remove, reorder, approve. Private identity and contact are written
// only by those allowed to read them. On a live story every change must keep it passing the gate,
// and its page refreshes for the next reader.

const sources = storyRows({
  noun: "source",
  entityType: "source",
  shows: "sources",
  rows: (c) => c.source,
});

const APPROVAL_CLEARED =
  "Saved. This changed what the editor approved, so the approval is cleared: an editor who is not on the byline must approve the source again.";

function privateFields(allowed: boolean, data: SourceInput) {
  return allowed
    ? { privateIdentity: data.privateIdentity, privateContact: data.privateContact }
    : {};
}

export const addSource = (storyRef: string, input: unknown) =>
  sources.add(storyRef, sourceInputSchema, input, ({ storyId, user, data }) => ({
    gate: "adding this source",
    async write(tx, { record }) {
      const source = await tx.source.create({
        data: {
          storyId,
          position: await sources.nextPosition(tx, storyId),
          anonymous: data.anonymous,
          publicDescription: data.publicDescription,
          headcount: data.headcount,
          basisOfKnowledge: data.basisOfKnowledge,
          anonymityReason: data.anonymous ? data.anonymityReason : "",
          ...privateFields(can(user, "sources.writePrivate", record), data),
        },
        select: { id: true },
      });
      return { rowId: source.id, details: { anonymous: data.anonymous }, value: source };
    },
  }));

/** What an editor's approval of a source covers, and the approval itself. */
const approvedFieldsSelect = {
  anonymous: true,
  anonymityReason: true,
  publicDescription: true,
  headcount: true,
  basisOfKnowledge: true,
  privateIdentity: true,
  privateContact: true,
  approvedAt: true,
} satisfies Prisma.SourceSelect;

// A changed source needs a new look: editing who the source is (identity, contact), how they know
// (basis), why they are anonymous (reason), or how the story describes them clears the approval.
export async function updateSource(ref: string, input: unknown) {
  const { id: sourceId, user, data } = await rowChange(ref, sources.noun, sourceInputSchema, input);
  const approvalCleared = await sources.write(user, {
    storyId: await sources.storyOf(sourceId),
    verb: "update",
    gate: (cleared) => (cleared ? "this edit (which clears the source's approval)" : "this edit"),
    async write(tx, { record }) {
      const before = await tx.source.findUniqueOrThrow({
        where: { id: sourceId },
        select: approvedFieldsSelect,
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
      const cleared = changed && !!before.approvedAt;
      await tx.source.update({
        where: { id: sourceId },
        data: {
          anonymous: data.anonymous,
          publicDescription: data.publicDescription,
          headcount: data.headcount,
          basisOfKnowledge: data.basisOfKnowledge,
          anonymityReason: reason,
          ...privateFields(writesPrivate, data),
          ...(cleared ? { approvedAt: null, approvedById: null } : {}),
        },
      });
      return { rowId: sourceId, details: { approvalCleared: cleared }, value: cleared };
    },
  });
  return approvalCleared
    ? { approvalCleared: true, message: APPROVAL_CLEARED }
    : { approvalCleared: false };
}

// Removing a source can leave a sourceRef pointing nowhere; the gate says whether that matters.
export const removeSource = (sourceId: string) => sources.remove(sourceId, "removing this source");

export const moveSource = (input: unknown) => sources.move(input);

// An editor who is not a byline signs off an anonymous source; recorded with name and time.
export async function approveSource(sourceId: string) {
  sourceId = parseId(sourceId, sources.noun);
  const user = await requireUser();
  return sources.write(user, {
    storyId: await sources.storyOf(sourceId),
    verb: "approve",
    can: "sources.approve",
    refresh: false,
    async write(tx) {
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
      return { rowId: sourceId, value: { approvedAt: approvedAt.toISOString() } };
    },
  });
}
