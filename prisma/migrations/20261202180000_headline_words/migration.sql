-- The newsroom's headline search for one word first counts its matches, up to a thousand, from the
-- trigram index; a word with more is then walked newest first in the story list's index. For a
-- common word that count was most of the search's cost (the trigram index's posting lists for
-- "harbour", then a thousand rows: 13 ms at 1,000,000 stories, the walk after it 5 ms).
-- This index holds each headline's words (to_tsvector('simple', ...): lowercased, unstemmed), and
-- ANALYZE keeps how often its most common words occur. A word the statistics put in well over a
-- thousand headlines is known to be common without counting: every headline holding the word
-- holds it as the substring that ILIKE matches (lib/stories/desk-list.ts commonHeadlineWord).
-- Prisma's schema cannot write an expression index; its diff leaves them alone.

CREATE INDEX "Story_headline_words_idx" ON "Story" USING gin (to_tsvector('simple', "headline"));

-- Statistics for the new index's expression now, not at the next autovacuum.
ANALYZE "Story";
