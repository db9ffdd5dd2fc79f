import type { RevisionKind, StoryStatus } from "@/lib/db/generated/enums";

/**
 * How long one writer's autosaves keep folding into the revision they began: a run of autosaves
 * (one every two seconds while typing) is one revision per five minutes, not one per save.
 */
export const FOLD_WINDOW_MS = 5 * 60_000;

/** The story's latest revision, as far as folding needs it. */
export interface LatestRevision {
  kind: RevisionKind;
  savedById: string | null;
  savedAt: Date;
  steps: StoryStatus[];
}

/**
 * Whether an autosave by `writerId` at `now` folds into the story's latest revision instead of
 * starting one: only into an autosave run of the same writer that began less than FOLD_WINDOW_MS
 * ago and on which no workflow step was taken. A save, a restore, a creation, a tag merge, another
 * writer's autosave or a submitted or published version is kept as it is.
 */
export function foldsInto(latest: LatestRevision, writerId: string, now: Date): boolean {
  return (
    latest.kind === "AUTOSAVE" &&
    latest.savedById === writerId &&
    latest.steps.length === 0 &&
    now.getTime() - latest.savedAt.getTime() < FOLD_WINDOW_MS
  );
}
