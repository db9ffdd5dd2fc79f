-- SearchRecent's search vectors stored in their rows (issue 8). A story's tsvector (headline,
-- summary and body, with positions) is about 2.7 KB, so PostgreSQL stored it out of line (TOAST):
-- every vector a search read cost a lookup in the TOAST index and its chunks, some 8 buffers. A
-- common query searches SearchRecent and reads a vector for each of the up to 500 matches it ranks
-- and, for a phrase or a minus word, for every candidate it rechecks: a three-word search read 5,500
-- buffers, 4,400 of them its 500 ranked vectors' TOAST. STORAGE MAIN keeps the vector in the row,
-- and SearchRecent's rows hold nothing else but an id and a time.
--
-- Not Story: tried at 1,000,000 stories (VACUUM FULL to rewrite it), a story row holding its vector
-- is still over the 2 KB at which PostgreSQL starts moving columns out, so it moved the small ones
-- too (headline, slug, summary): the newsroom's headline search then read 5 buffers per story
-- instead of 1, and list cards and the desk list slowed with it.

ALTER TABLE "SearchRecent" ALTER COLUMN "searchVector" SET STORAGE MAIN;

-- A new value (the concatenation builds one) is stored under the new setting.
UPDATE "SearchRecent" SET "searchVector" = "searchVector" || ''::tsvector;
