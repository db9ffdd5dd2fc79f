-- The archive at scale (issue 8): what a reader page sorts by, on the rows it walks.
--   StoryTag."publishedAt" / Byline."publishedAt": the story's publication time while it is published
--     (else null), so a tag's or an author's page is an index range in publication order;
--   Tag."publishedStoryCount" / User."publishedStoryCount": totals for pagers and tag rarity;
--   a trigram index for the newsroom's headline search (where pg_trgm exists).
-- All of it is kept by the triggers below, in the same transaction as the write that changes it
-- (publish, unpublish, retag, byline change, tag merge, delete), whichever code makes the write.
-- The columns are filled here for an archive already in the database.

-- AlterTable
ALTER TABLE "Byline" ADD COLUMN     "publishedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "StoryTag" ADD COLUMN     "publishedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Tag" ADD COLUMN     "publishedStoryCount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "publishedStoryCount" INTEGER NOT NULL DEFAULT 0;

-- Backfill before the indexes exist (cheaper), inside this migration's transaction.
UPDATE "StoryTag" st SET "publishedAt" = s."publishedAt"
FROM "Story" s WHERE s.id = st."storyId" AND s.status = 'PUBLISHED' AND s."publishedAt" IS NOT NULL;

UPDATE "Byline" b SET "publishedAt" = s."publishedAt"
FROM "Story" s WHERE s.id = b."storyId" AND s.status = 'PUBLISHED' AND s."publishedAt" IS NOT NULL;

UPDATE "Tag" t SET "publishedStoryCount" = c.n
FROM (SELECT "tagId", count(*)::int AS n FROM "StoryTag" WHERE "publishedAt" IS NOT NULL GROUP BY "tagId") c
WHERE c."tagId" = t.id;

UPDATE "User" u SET "publishedStoryCount" = c.n
FROM (SELECT "userId", count(*)::int AS n FROM "Byline" WHERE "publishedAt" IS NOT NULL GROUP BY "userId") c
WHERE c."userId" = u.id;

-- CreateIndex
CREATE INDEX "Byline_userId_publishedAt_storyId_idx" ON "Byline"("userId", "publishedAt" DESC, "storyId" DESC);

-- CreateIndex
CREATE INDEX "StoryTag_tagId_publishedAt_storyId_idx" ON "StoryTag"("tagId", "publishedAt" DESC, "storyId" DESC);

-- CreateIndex (hand-guarded): pg_trgm is contrib and trusted, so managed PostgreSQL services allow it;
-- where it cannot be installed (the embedded PGlite has no contrib), the headline search still works,
-- without the index. The operator class is named with the extension's own schema, since migrations
-- run with search_path set to the schema being migrated.
DO $$
DECLARE ext_schema text;
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'pg_trgm is not available (%): headline search runs without its trigram index', SQLERRM;
        RETURN;
    END;
    SELECT n.nspname INTO ext_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_trgm';
    EXECUTE format('CREATE INDEX "Story_headline_trgm_idx" ON "Story" USING GIN ("headline" %I.gin_trgm_ops)', ext_schema);
END;
$$;

-- ---------------------------------------------------------------------------------------------
-- Triggers (invisible to Prisma's diff). Each function keeps the search_path it was created with,
-- so it finds this schema's tables whatever the calling session's search_path.

-- A new or moved StoryTag / Byline row takes its story's publication time.
CREATE FUNCTION "story_link_published_at"() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    SELECT CASE WHEN s.status = 'PUBLISHED' THEN s."publishedAt" END INTO NEW."publishedAt"
    FROM "Story" s WHERE s.id = NEW."storyId";
    RETURN NEW;
END;
$$;

CREATE TRIGGER "StoryTag_publishedAt_set"
    BEFORE INSERT OR UPDATE OF "storyId" ON "StoryTag"
    FOR EACH ROW EXECUTE FUNCTION "story_link_published_at"();

CREATE TRIGGER "Byline_publishedAt_set"
    BEFORE INSERT OR UPDATE OF "storyId" ON "Byline"
    FOR EACH ROW EXECUTE FUNCTION "story_link_published_at"();

-- Publishing, unpublishing, scheduling or re-dating a story carries the time to its join rows.
CREATE FUNCTION "story_published_at_spread"() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE value timestamp(3) := CASE WHEN NEW.status = 'PUBLISHED' THEN NEW."publishedAt" END;
BEGIN
    UPDATE "StoryTag" SET "publishedAt" = value
    WHERE "storyId" = NEW.id AND "publishedAt" IS DISTINCT FROM value;
    UPDATE "Byline" SET "publishedAt" = value
    WHERE "storyId" = NEW.id AND "publishedAt" IS DISTINCT FROM value;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "Story_publishedAt_spread"
    AFTER UPDATE OF "status", "publishedAt" ON "Story"
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD."publishedAt" IS DISTINCT FROM NEW."publishedAt")
    EXECUTE FUNCTION "story_published_at_spread"();

-- Totals: once per statement (createMany / deleteMany are one statement), from the transition
-- tables; the counted rows are locked in id order first, so two concurrent publishes sharing tags
-- queue rather than deadlock.
CREATE FUNCTION "story_tag_count"() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM 1 FROM "Tag" WHERE id IN (SELECT "tagId" FROM new_rows WHERE "publishedAt" IS NOT NULL)
        ORDER BY id FOR NO KEY UPDATE;
        UPDATE "Tag" x SET "publishedStoryCount" = x."publishedStoryCount" + d.n
        FROM (SELECT "tagId" AS id, count(*)::int AS n FROM new_rows WHERE "publishedAt" IS NOT NULL GROUP BY 1) d
        WHERE x.id = d.id;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM 1 FROM "Tag" WHERE id IN (SELECT "tagId" FROM old_rows WHERE "publishedAt" IS NOT NULL)
        ORDER BY id FOR NO KEY UPDATE;
        UPDATE "Tag" x SET "publishedStoryCount" = x."publishedStoryCount" - d.n
        FROM (SELECT "tagId" AS id, count(*)::int AS n FROM old_rows WHERE "publishedAt" IS NOT NULL GROUP BY 1) d
        WHERE x.id = d.id;
    ELSE
        PERFORM 1 FROM "Tag" WHERE id IN (
            SELECT "tagId" FROM new_rows WHERE "publishedAt" IS NOT NULL
            UNION SELECT "tagId" FROM old_rows WHERE "publishedAt" IS NOT NULL
        ) ORDER BY id FOR NO KEY UPDATE;
        UPDATE "Tag" x SET "publishedStoryCount" = x."publishedStoryCount" + d.n
        FROM (
            SELECT id, sum(n)::int AS n FROM (
                SELECT "tagId" AS id, 1 AS n FROM new_rows WHERE "publishedAt" IS NOT NULL
                UNION ALL SELECT "tagId", -1 FROM old_rows WHERE "publishedAt" IS NOT NULL
            ) c GROUP BY id
        ) d
        WHERE x.id = d.id AND d.n <> 0;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "StoryTag_count_insert" AFTER INSERT ON "StoryTag"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "story_tag_count"();
CREATE TRIGGER "StoryTag_count_update" AFTER UPDATE ON "StoryTag"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "story_tag_count"();
CREATE TRIGGER "StoryTag_count_delete" AFTER DELETE ON "StoryTag"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "story_tag_count"();

CREATE FUNCTION "byline_count"() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM 1 FROM "User" WHERE id IN (SELECT "userId" FROM new_rows WHERE "publishedAt" IS NOT NULL)
        ORDER BY id FOR NO KEY UPDATE;
        UPDATE "User" x SET "publishedStoryCount" = x."publishedStoryCount" + d.n
        FROM (SELECT "userId" AS id, count(*)::int AS n FROM new_rows WHERE "publishedAt" IS NOT NULL GROUP BY 1) d
        WHERE x.id = d.id;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM 1 FROM "User" WHERE id IN (SELECT "userId" FROM old_rows WHERE "publishedAt" IS NOT NULL)
        ORDER BY id FOR NO KEY UPDATE;
        UPDATE "User" x SET "publishedStoryCount" = x."publishedStoryCount" - d.n
        FROM (SELECT "userId" AS id, count(*)::int AS n FROM old_rows WHERE "publishedAt" IS NOT NULL GROUP BY 1) d
        WHERE x.id = d.id;
    ELSE
        PERFORM 1 FROM "User" WHERE id IN (
            SELECT "userId" FROM new_rows WHERE "publishedAt" IS NOT NULL
            UNION SELECT "userId" FROM old_rows WHERE "publishedAt" IS NOT NULL
        ) ORDER BY id FOR NO KEY UPDATE;
        UPDATE "User" x SET "publishedStoryCount" = x."publishedStoryCount" + d.n
        FROM (
            SELECT id, sum(n)::int AS n FROM (
                SELECT "userId" AS id, 1 AS n FROM new_rows WHERE "publishedAt" IS NOT NULL
                UNION ALL SELECT "userId", -1 FROM old_rows WHERE "publishedAt" IS NOT NULL
            ) c GROUP BY id
        ) d
        WHERE x.id = d.id AND d.n <> 0;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "Byline_count_insert" AFTER INSERT ON "Byline"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "byline_count"();
CREATE TRIGGER "Byline_count_update" AFTER UPDATE ON "Byline"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "byline_count"();
CREATE TRIGGER "Byline_count_delete" AFTER DELETE ON "Byline"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "byline_count"();
