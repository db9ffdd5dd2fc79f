-- Revisions that do not grow without end (issue 8): every autosave, every two seconds, wrote a full
-- revision. A revision now records how it was written (kind), and one writer's autosaves within a
-- few minutes fold into one revision (lib/stories/revision-write.ts): its snapshot and version move
-- up to the latest autosave; lastSavedAt and the autosaves count record the run. Workflow steps are
-- recorded on the version they were taken on (steps), which closes that revision to folding.
--
-- Existing revisions are kept as they are and take the default kind, SAVE: autosaves and saves were
-- not told apart, and a SAVE is never folded into. No row is rewritten (constant defaults, a
-- nullable lastSavedAt), so this is instant on an archive of millions of revisions; the notes of
-- the creation, restore and tag-merge revisions still say what they were.

-- CreateEnum
CREATE TYPE "RevisionKind" AS ENUM ('CREATE', 'SAVE', 'AUTOSAVE', 'RESTORE', 'SYSTEM');

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "autosaves" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "kind" "RevisionKind" NOT NULL DEFAULT 'SAVE',
ADD COLUMN     "lastSavedAt" TIMESTAMP(3),
ADD COLUMN     "steps" "StoryStatus"[] DEFAULT ARRAY[]::"StoryStatus"[];
