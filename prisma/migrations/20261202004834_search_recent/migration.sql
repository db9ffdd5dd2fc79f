-- CreateTable
CREATE TABLE "SearchRecent" (
    "id" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "searchVector" tsvector NOT NULL,

    CONSTRAINT "SearchRecent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchRecent_publishedAt_idx" ON "SearchRecent"("publishedAt" DESC);

-- CreateIndex
CREATE INDEX "SearchRecent_searchVector_idx" ON "SearchRecent" USING GIN ("searchVector");

-- AddForeignKey
ALTER TABLE "SearchRecent" ADD CONSTRAINT "SearchRecent_id_fkey" FOREIGN KEY ("id") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Kept by Story's writes (the vector follows headline, summary and bodyText: a BEFORE trigger sets it,
-- which an UPDATE OF list does not see, so those columns are listed): a published story at or after the oldest publication time held here is
-- in (with its current vector); any other is out. So every published story published at or after
-- min("publishedAt") is here, which is what search relies on (it searches here only when its window
-- starts at or after that time). Row-level and only for the columns that matter, so an autosave of
-- a draft costs one index probe. Story's BEFORE trigger has set the vector by now.
CREATE FUNCTION "search_recent_sync"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF NEW.status = 'PUBLISHED' AND NEW."publishedAt" IS NOT NULL AND NEW."searchVector" IS NOT NULL
     AND NEW."publishedAt" >= COALESCE((SELECT min(r."publishedAt") FROM "SearchRecent" r), '-infinity'::timestamp) THEN
    INSERT INTO "SearchRecent" ("id", "publishedAt", "searchVector")
    VALUES (NEW.id, NEW."publishedAt", NEW."searchVector")
    ON CONFLICT ("id") DO UPDATE SET "publishedAt" = EXCLUDED."publishedAt", "searchVector" = EXCLUDED."searchVector";
  ELSIF TG_OP = 'UPDATE' THEN
    DELETE FROM "SearchRecent" WHERE "id" = NEW.id;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Story_search_recent_insert" AFTER INSERT ON "Story"
  FOR EACH ROW EXECUTE FUNCTION "search_recent_sync"();
CREATE TRIGGER "Story_search_recent_update" AFTER UPDATE OF status, "publishedAt", headline, summary, "bodyText", "searchVector" ON "Story"
  FOR EACH ROW EXECUTE FUNCTION "search_recent_sync"();

-- Keeps the newest `keep` (ties at the boundary stay, so the rule above still holds). Run by the
-- server's background timer and at the end of corpus:generate.
CREATE FUNCTION "search_recent_prune"(keep integer) RETURNS integer LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
  edge timestamp(3);
  gone integer;
BEGIN
  SELECT r."publishedAt" INTO edge FROM "SearchRecent" r ORDER BY r."publishedAt" DESC OFFSET keep - 1 LIMIT 1;
  IF edge IS NULL THEN RETURN 0; END IF;
  DELETE FROM "SearchRecent" WHERE "publishedAt" < edge;
  GET DIAGNOSTICS gone = ROW_COUNT;
  RETURN gone;
END $$;

-- An archive already here: its newest 25,000 published stories (and any tied at the edge).
INSERT INTO "SearchRecent" ("id", "publishedAt", "searchVector")
SELECT s.id, s."publishedAt", s."searchVector" FROM "Story" s
WHERE s.status = 'PUBLISHED' AND s."publishedAt" IS NOT NULL AND s."searchVector" IS NOT NULL
  AND s."publishedAt" >= COALESCE((
    SELECT w."publishedAt" FROM "Story" w WHERE w.status = 'PUBLISHED' AND w."publishedAt" IS NOT NULL
    ORDER BY w."publishedAt" DESC OFFSET 24999 LIMIT 1), '-infinity'::timestamp);
