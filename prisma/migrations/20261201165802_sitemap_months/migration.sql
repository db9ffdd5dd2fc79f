-- The sitemap index at any size (issue 8): published stories per month of publication, so
-- /sitemap.xml reads a few hundred rows instead of counting the archive. Kept by triggers on Story
-- in the same transaction as the write; filled here for stories already in the database.

-- CreateTable
CREATE TABLE "SitemapMonth" (
    "month" TIMESTAMP(3) NOT NULL,
    "published" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SitemapMonth_pkey" PRIMARY KEY ("month")
);

INSERT INTO "SitemapMonth" ("month", "published")
SELECT date_trunc('month', "publishedAt"), count(*)::int FROM "Story"
WHERE status = 'PUBLISHED' AND "publishedAt" IS NOT NULL
GROUP BY 1;

-- ---------------------------------------------------------------------------------------------
-- Trigger (invisible to Prisma's diff): a story entering or leaving "published", or moving to
-- another publication month, moves one count.
CREATE FUNCTION "story_sitemap_month"() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'PUBLISHED' AND OLD."publishedAt" IS NOT NULL THEN
        UPDATE "SitemapMonth" SET "published" = "published" - 1
        WHERE "month" = date_trunc('month', OLD."publishedAt");
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.status = 'PUBLISHED' AND NEW."publishedAt" IS NOT NULL THEN
        INSERT INTO "SitemapMonth" ("month", "published") VALUES (date_trunc('month', NEW."publishedAt"), 1)
        ON CONFLICT ("month") DO UPDATE SET "published" = "SitemapMonth"."published" + 1;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "Story_sitemapMonth_insert_delete"
    AFTER INSERT OR DELETE ON "Story"
    FOR EACH ROW EXECUTE FUNCTION "story_sitemap_month"();

CREATE TRIGGER "Story_sitemapMonth_update"
    AFTER UPDATE OF "status", "publishedAt" ON "Story"
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD."publishedAt" IS DISTINCT FROM NEW."publishedAt")
    EXECUTE FUNCTION "story_sitemap_month"();
