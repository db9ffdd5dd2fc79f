import "server-only";
import { rowChange, writeStoryRow, type StoryRowKind } from "@/lib/stories/story-rows";
import { InputError } from "@/lib/shared/errors";
import { correctionInputSchema } from "./schema";

// A correction or update on a published story: dated, shown to readers, never edited away.
// Shown on the story's own page; an unpublished story's 410 page says nothing of it.
const corrections: StoryRowKind = {
  entityType: "correction",
  shows: "corrections",
};

export async function addCorrection(ref: string, input: unknown) {
  const { id: storyId, user, data } = await rowChange(ref, "story", correctionInputSchema, input);
  return writeStoryRow(user, corrections, {
    storyId,
    verb: "add",
    can: "corrections.add",
    async write(tx, { story }) {
      if (!story.firstPublishedAt)
        throw new InputError("Corrections are for stories that have been published.");
      const row = await tx.correction.create({
        data: { storyId, kind: data.kind, text: data.text, createdById: user.id },
        select: { id: true },
      });
      return { rowId: row.id, details: { kind: data.kind }, value: { id: row.id } };
    },
  });
}
