import "server-only";
import { requireUser } from "@/lib/auth/session";
import { writeStoryRow, type StoryRowKind } from "@/lib/stories/story-rows";
import { InputError, parseId, parseInput } from "@/lib/shared/errors";
import { correctionInputSchema } from "./schema";

// A correction or update on a published story: dated, shown to readers, never edited away.
// Shown on the story's own page; an unpublished story's 410 page says nothing of it.
const corrections: StoryRowKind = {
  entityType: "correction",
  shows: "corrections",
};

export async function addCorrection(storyId: string, input: unknown) {
  storyId = parseId(storyId, "story");
  const user = await requireUser();
  const data = parseInput(correctionInputSchema, input);
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
