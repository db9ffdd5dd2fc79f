-- Related lists computed when a story is published, edited or retagged (issue 8), not per request:
-- lib/related/stored.ts ranks a published story's related stories (lib/related/ranking.ts) in the
-- transaction that publishes or saves it, and refreshes the lists of its neighbours by tag. Stories
-- already in the database (an imported archive) get theirs from the backfill job
-- (lib/related/backfill.ts: started with the server, or `npx tsx scripts/related-backfill.ts`); until
-- then their page ranks per request, as before.

-- CreateTable
CREATE TABLE "RelatedList" (
    "storyId" TEXT NOT NULL,
    "relatedIds" TEXT[],
    "minScore" DOUBLE PRECISION NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RelatedList_pkey" PRIMARY KEY ("storyId")
);

-- CreateIndex
CREATE INDEX "RelatedList_relatedIds_idx" ON "RelatedList" USING GIN ("relatedIds");

-- AddForeignKey
ALTER TABLE "RelatedList" ADD CONSTRAINT "RelatedList_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Triggers (invisible to Prisma's diff), so that no write path can leave a list wrong:
-- a story that leaves publication (unpublished, back to draft, deleted) leaves every list that
-- shows it, and its own list goes.
CREATE FUNCTION "story_related_lists"() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF OLD.status = 'PUBLISHED' AND (TG_OP = 'DELETE' OR NEW.status <> 'PUBLISHED') THEN
        UPDATE "RelatedList" SET "relatedIds" = array_remove("relatedIds", OLD.id)
        WHERE "relatedIds" @> ARRAY[OLD.id];
        DELETE FROM "RelatedList" WHERE "storyId" = OLD.id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "Story_related_lists" AFTER UPDATE OF status OR DELETE ON "Story"
FOR EACH ROW EXECUTE FUNCTION "story_related_lists"();

-- A story's tags changed (a save, a tag merge, an import): its own ranking is void. The page ranks per
-- request until the save's own refresh (same transaction) or the backfill stores a new one.
CREATE FUNCTION "story_tag_related_list"() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM "RelatedList" WHERE "storyId" = OLD."storyId";
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        DELETE FROM "RelatedList" WHERE "storyId" = NEW."storyId";
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "StoryTag_related_list" AFTER INSERT OR DELETE OR UPDATE OF "storyId", "tagId" ON "StoryTag"
FOR EACH ROW EXECUTE FUNCTION "story_tag_related_list"();
