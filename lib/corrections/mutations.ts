import "server-only";
import { requireUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { assertStoryAccess } from "@/lib/stories/child-access";
import { changeOf, refreshReaders } from "@/lib/stories/record";
import { InputError, parseId, parseInput } from "@/lib/shared/errors";
import { correctionInputSchema } from "./schema";

// A correction or update on a published story: dated, shown to readers, never edited away.
export async function addCorrection(storyId: string, input: unknown) {
  storyId = parseId(storyId, "story");
  const user = await requireUser();
  const data = parseInput(correctionInputSchema, input);
  const result = await db.$transaction(async (tx) => {
    const { story } = await assertStoryAccess(tx, user, storyId, "corrections.add");
    if (!story.firstPublishedAt)
      throw new InputError("Corrections are for stories that have been published.");
    const row = await tx.correction.create({
      data: { storyId, kind: data.kind, text: data.text, createdById: user.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "correction.add",
      entityType: "correction",
      entityId: row.id,
      details: { storyId, kind: data.kind },
    });
    return { id: row.id, story };
  });
  // Shown on the story's own page; an unpublished story's 410 page says nothing of it.
  refreshReaders(changeOf(result.story), ["corrections"], result.story.status === "PUBLISHED");
  return { id: result.id };
}
