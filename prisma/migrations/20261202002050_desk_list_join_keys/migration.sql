-- The desk list at scale (issue 8): an author's or a tag's stories, newest change first, read as a
-- range of that author's or tag's own index rather than a walk of every story probing Byline or
-- StoryTag (at 1,000,000 stories an author with 4,000 stories took 24,000 probes, 620 ms).
--   Byline / StoryTag ."storyUpdatedAt", ."storyStatus": the story's updatedAt and status, copied by
--   the triggers below in the same transaction as the story's write, whichever code makes it.
--   Indexes (userId|tagId, storyUpdatedAt DESC, storyId DESC), and the same with storyStatus after
--   the key, so that author + status and tag + status are one range too.
-- "Story_id_updatedAt_status_idx" goes: it served the old author and tag filters only, and every
-- autosave wrote an entry into it.

-- DropIndex
DROP INDEX "Story_id_updatedAt_status_idx";

-- AlterTable
ALTER TABLE "Byline" ADD COLUMN     "storyStatus" "StoryStatus" NOT NULL DEFAULT 'DRAFT',
ADD COLUMN     "storyUpdatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "StoryTag" ADD COLUMN     "storyStatus" "StoryStatus" NOT NULL DEFAULT 'DRAFT',
ADD COLUMN     "storyUpdatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Backfill before the indexes exist (cheaper), inside this migration's transaction: one pass over
-- each join table.
UPDATE "Byline" b SET "storyUpdatedAt" = s."updatedAt", "storyStatus" = s.status
FROM "Story" s WHERE s.id = b."storyId";

UPDATE "StoryTag" st SET "storyUpdatedAt" = s."updatedAt", "storyStatus" = s.status
FROM "Story" s WHERE s.id = st."storyId";

-- CreateIndex
CREATE INDEX "Byline_userId_storyUpdatedAt_storyId_idx" ON "Byline"("userId", "storyUpdatedAt" DESC, "storyId" DESC);

-- CreateIndex
CREATE INDEX "Byline_userId_storyStatus_storyUpdatedAt_storyId_idx" ON "Byline"("userId", "storyStatus", "storyUpdatedAt" DESC, "storyId" DESC);

-- CreateIndex
CREATE INDEX "StoryTag_tagId_storyUpdatedAt_storyId_idx" ON "StoryTag"("tagId", "storyUpdatedAt" DESC, "storyId" DESC);

-- CreateIndex
CREATE INDEX "StoryTag_tagId_storyStatus_storyUpdatedAt_storyId_idx" ON "StoryTag"("tagId", "storyStatus", "storyUpdatedAt" DESC, "storyId" DESC);

-- ---------------------------------------------------------------------------------------------
-- Triggers (invisible to Prisma's diff), in the schema's search_path as in 20261201162549.

-- A new or moved StoryTag / Byline row takes its story's publication time, last change and status
-- (one lookup of the story, as before). A row naming no story keeps its nulls and defaults, and
-- the foreign key refuses it as it did.
CREATE OR REPLACE FUNCTION "story_link_published_at"() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE story record;
BEGIN
    SELECT s.status, s."publishedAt", s."updatedAt" INTO story FROM "Story" s WHERE s.id = NEW."storyId";
    IF FOUND THEN
        NEW."publishedAt" := CASE WHEN story.status = 'PUBLISHED' THEN story."publishedAt" END;
        NEW."storyUpdatedAt" := story."updatedAt";
        NEW."storyStatus" := story.status;
    ELSE
        NEW."publishedAt" := NULL;
    END IF;
    RETURN NEW;
END;
$$;

-- A story's write carries its publication time, last change and status to its join rows: one
-- UPDATE of its few Byline and StoryTag rows per table, and only of the rows that differ. One
-- trigger for the three (it replaces "Story_publishedAt_spread"), so a publish writes each join row
-- once, not once per column. An autosave changes updatedAt only: its rows' publishedAt stays.
CREATE FUNCTION "story_links_spread"() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE published timestamp(3) := CASE WHEN NEW.status = 'PUBLISHED' THEN NEW."publishedAt" END;
BEGIN
    UPDATE "StoryTag"
    SET "publishedAt" = published, "storyUpdatedAt" = NEW."updatedAt", "storyStatus" = NEW.status
    WHERE "storyId" = NEW.id AND ("publishedAt" IS DISTINCT FROM published
        OR "storyUpdatedAt" <> NEW."updatedAt" OR "storyStatus" <> NEW.status);
    UPDATE "Byline"
    SET "publishedAt" = published, "storyUpdatedAt" = NEW."updatedAt", "storyStatus" = NEW.status
    WHERE "storyId" = NEW.id AND ("publishedAt" IS DISTINCT FROM published
        OR "storyUpdatedAt" <> NEW."updatedAt" OR "storyStatus" <> NEW.status);
    RETURN NULL;
END;
$$;

DROP TRIGGER "Story_publishedAt_spread" ON "Story";
DROP FUNCTION "story_published_at_spread"();

CREATE TRIGGER "Story_links_spread"
    AFTER UPDATE OF "status", "publishedAt", "updatedAt" ON "Story"
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD."publishedAt" IS DISTINCT FROM NEW."publishedAt"
        OR OLD."updatedAt" IS DISTINCT FROM NEW."updatedAt")
    EXECUTE FUNCTION "story_links_spread"();

-- The published totals' statement triggers on UPDATE now also run for every autosave's join-row
-- update (a statement trigger with transition tables can have no column list). They locked every
-- tag and author named in the updated rows whether or not its total changed: for an autosave of a
-- published story, saves of published stories sharing a tag would queue behind each other's
-- transactions. The UPDATE case now locks and writes only the totals that change; INSERT and
-- DELETE keep their functions.
CREATE FUNCTION "story_tag_count_update"() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM 1 FROM "Tag" WHERE id IN (
        SELECT id FROM (
            SELECT "tagId" AS id, 1 AS n FROM new_rows WHERE "publishedAt" IS NOT NULL
            UNION ALL SELECT "tagId", -1 FROM old_rows WHERE "publishedAt" IS NOT NULL
        ) c GROUP BY id HAVING sum(n) <> 0
    ) ORDER BY id FOR NO KEY UPDATE;
    UPDATE "Tag" x SET "publishedStoryCount" = x."publishedStoryCount" + d.n
    FROM (
        SELECT id, sum(n)::int AS n FROM (
            SELECT "tagId" AS id, 1 AS n FROM new_rows WHERE "publishedAt" IS NOT NULL
            UNION ALL SELECT "tagId", -1 FROM old_rows WHERE "publishedAt" IS NOT NULL
        ) c GROUP BY id HAVING sum(n) <> 0
    ) d
    WHERE x.id = d.id;
    RETURN NULL;
END;
$$;

DROP TRIGGER "StoryTag_count_update" ON "StoryTag";
CREATE TRIGGER "StoryTag_count_update" AFTER UPDATE ON "StoryTag"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "story_tag_count_update"();

CREATE FUNCTION "byline_count_update"() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM 1 FROM "User" WHERE id IN (
        SELECT id FROM (
            SELECT "userId" AS id, 1 AS n FROM new_rows WHERE "publishedAt" IS NOT NULL
            UNION ALL SELECT "userId", -1 FROM old_rows WHERE "publishedAt" IS NOT NULL
        ) c GROUP BY id HAVING sum(n) <> 0
    ) ORDER BY id FOR NO KEY UPDATE;
    UPDATE "User" x SET "publishedStoryCount" = x."publishedStoryCount" + d.n
    FROM (
        SELECT id, sum(n)::int AS n FROM (
            SELECT "userId" AS id, 1 AS n FROM new_rows WHERE "publishedAt" IS NOT NULL
            UNION ALL SELECT "userId", -1 FROM old_rows WHERE "publishedAt" IS NOT NULL
        ) c GROUP BY id HAVING sum(n) <> 0
    ) d
    WHERE x.id = d.id;
    RETURN NULL;
END;
$$;

DROP TRIGGER "Byline_count_update" ON "Byline";
CREATE TRIGGER "Byline_count_update" AFTER UPDATE ON "Byline"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "byline_count_update"();
