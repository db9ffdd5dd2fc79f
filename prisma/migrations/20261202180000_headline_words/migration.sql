-- The newsroom's headline search for one word first counts its matches, up to a thousand, from the
-- trigram index; a word with more is then walked newest first in the story list's index. For a
-- common word that count was most of the search's cost (the trigram index's posting lists for
-- "harbour", then a thousand rows: 13 ms at 1,000,000 stories, the walk after it 5 ms).
-- These statistics (PostgreSQL 14 and later) are of each headline's words (to_tsvector('simple',
-- ...): lowercased, unstemmed): ANALYZE keeps how often the most common of them occur, and nothing
-- is written when a story is saved. A word they put in well over a thousand headlines is known to be
-- common without counting: every headline holding the word holds it as the substring that ILIKE
-- matches (lib/stories/desk-list.ts commonHeadlineWord).

CREATE STATISTICS "Story_headline_words" ON (to_tsvector('simple', "headline")) FROM "Story";

-- Collected now, not at the next autovacuum.
ANALYZE "Story";
