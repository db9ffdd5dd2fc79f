-- The newsroom's headline search walks the story list's index for a common word, testing each
-- entry's headline. ILIKE lowercases the headline again at every entry (about 1 µs each; a word in
-- 0.2% of headlines walks some 28,000 entries for a page). These indexes carry the headline already
-- lowercased, and the walk tests it with LIKE against the lowercased pattern: the same match (ILIKE
-- is lower() on both sides), several times cheaper per entry. The headline itself stays in the
-- index (INCLUDE) only so that PostgreSQL still reads these walks from the index alone.
-- Prisma's schema cannot write an expression index; its diff leaves them alone.

-- DropIndex
DROP INDEX "Story_updatedAt_id_headline_idx";

-- DropIndex
DROP INDEX "Story_status_updatedAt_id_headline_idx";

CREATE INDEX "Story_updatedAt_id_lower_headline_idx" ON "Story"("updatedAt" DESC, "id" DESC, lower("headline")) INCLUDE ("headline");

CREATE INDEX "Story_status_updatedAt_id_lower_headline_idx" ON "Story"("status", "updatedAt" DESC, "id" DESC, lower("headline")) INCLUDE ("headline");
