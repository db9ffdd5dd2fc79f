import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { RevisionKind, StoryStatus } from "@/lib/db/generated/enums";
import { foldsInto } from "./revision-policy";

export interface RevisionWrite {
  storyId: string;
  /** The story's new version, the one this write gave it (the version before it plus one). */
  version: number;
  kind: RevisionKind;
  savedById: string;
  now: Date;
  note?: string;
  snapshot: Prisma.InputJsonValue;
}

/**
 * Records a write of the story's text. Called in the transaction that wrote it, under the story's
 * lock and after its version check passed, so the revision read here is the latest one and no other
 * writer can add one before this transaction ends. An autosave that folds (see foldsInto) moves that
 * revision up to the new version and text; anything else is a revision of its own. Folding only
 * ever touches the writer's own autosaves: another writer's revision is never changed.
 */
export async function writeRevision(tx: Tx, r: RevisionWrite): Promise<"folded" | "created"> {
  if (r.kind === "AUTOSAVE") {
    // The revision of the version this write replaced; none if that version had no revision
    // (then nothing is known to be foldable).
    const latest = await tx.revision.findUnique({
      where: { storyId_version: { storyId: r.storyId, version: r.version - 1 } },
      select: { id: true, kind: true, savedById: true, savedAt: true, steps: true },
    });
    if (latest && foldsInto(latest, r.savedById, r.now)) {
      await tx.revision.update({
        where: { id: latest.id },
        data: {
          version: r.version,
          snapshot: r.snapshot,
          lastSavedAt: r.now,
          autosaves: { increment: 1 },
        },
      });
      return "folded";
    }
  }
  await tx.revision.create({
    data: {
      storyId: r.storyId,
      version: r.version,
      kind: r.kind,
      savedById: r.savedById,
      savedAt: r.now,
      note: r.note ?? "",
      autosaves: r.kind === "AUTOSAVE" ? 1 : 0,
      snapshot: r.snapshot,
    },
  });
  return "created";
}

/**
 * A workflow step (submit, publish, schedule, unpublish, return) was taken on the story's current
 * version: its revision records the status it was given, which also closes it to folding, so the
 * text that went to the desk or live stays in the history as it was.
 */
export async function recordWorkflowStep(
  tx: Tx,
  storyId: string,
  version: number,
  status: StoryStatus,
): Promise<void> {
  await tx.revision.updateMany({
    where: { storyId, version },
    data: { steps: { push: status } },
  });
}
