import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { table } from "@/lib/db/sql";
import { MAX_RANKED, MAX_WINDOW, searchMethod, searchWindow } from "@/lib/search/bounds";
import { searchStories } from "@/lib/search/public-queries";

// Search past MAX_WINDOW published stories, where a common query searches only the newest ones:
// a word in half the stories (found by walking the newest stories), a word in a fifth (found from
// the GIN index within the window), a phrase and a minus word. Whatever the method, the answer is
// the plain definition: the MAX_RANKED newest matches, ranked by ts_rank, then newest first.

const STORIES = MAX_WINDOW + 4_000;
const q = (query: string) => Prisma.sql`websearch_to_tsquery('english', ${query})`;

/** The plain definition, over the whole archive, with no window and no plan to choose. */
async function reference(query: string, offset: number) {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT m.id FROM (
      SELECT id, "publishedAt", "searchVector" FROM ${table("Story")}
      WHERE status = 'PUBLISHED' AND "searchVector" @@ ${q(query)}
      ORDER BY "publishedAt" DESC LIMIT ${MAX_RANKED}) m
    ORDER BY ts_rank(m."searchVector", ${q(query)}) DESC, m."publishedAt" DESC, m.id
    LIMIT 10 OFFSET ${offset}`;
  return rows.map((r) => r.id);
}

async function estimate(query: string) {
  const [plan] = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM ${table("Story")}
    WHERE status = 'PUBLISHED' AND "searchVector" @@ ${q(query)}`;
  return plan["QUERY PLAN"][0].Plan["Plan Rows"];
}

beforeAll(async () => {
  // Story n: "ferry" in even ones (in the headline of every fourth, which ranks them higher),
  // "lantern" in every fifth (headline: every fifteenth), "harbour budget" in n ≡ 0 (mod 10) and
  // the same words the other way round in n ≡ 5 (mod 10). One minute apart, the newest last.
  await db.$executeRaw`
    INSERT INTO ${table("Story")} (id, slug, headline, summary, "bodyText", body, status, "publishedAt", "updatedAt")
    SELECT 'scale-' || n, 'scale-' || n,
      concat_ws(' ', 'Story', n, CASE WHEN n % 4 = 0 THEN 'ferry' END, CASE WHEN n % 15 = 0 THEN 'lantern' END),
      'A summary.',
      concat_ws(' ', 'Plain words about the town.',
        CASE WHEN n % 2 = 0 THEN 'The ferry ran late.' END,
        CASE WHEN n % 5 = 0 THEN 'A lantern was lit.' END,
        CASE WHEN n % 10 = 0 THEN 'The harbour budget passed.' END,
        CASE WHEN n % 10 = 5 THEN 'The budget for the harbour grew.' END),
      '{"type":"doc","content":[]}'::jsonb, 'PUBLISHED',
      timestamp '2020-01-01' + n * interval '1 minute', now()
    FROM generate_series(1, ${STORIES}) AS n`;
  await db.$executeRaw`ANALYZE ${table("Story")}`;
}, 180_000);

describe("search over more stories than its window", () => {
  it("takes each method it is meant to for these queries", async () => {
    // The planner's estimates decide; these checks say the queries below cover both methods.
    expect(searchWindow(await estimate("ferry"), STORIES)).not.toBeNull();
    expect(searchMethod(await estimate("ferry"), STORIES, false)).toBe("walk");
    expect(searchWindow(await estimate("lantern"), STORIES)).not.toBeNull();
    expect(searchMethod(await estimate("lantern"), STORIES, false)).toBe("index");
  });

  for (const query of ["ferry", "lantern", '"harbour budget"', "ferry -lantern", "lantern ferry"])
    it(`answers ${query} as its definition does, at page 1 and page 50`, async () => {
      for (const page of [1, 50]) {
        const result = await searchStories(query, page);
        if (!result.ok) throw new Error(`refused: ${result.reason}`);
        expect(
          result.hits.map((h) => h.id),
          `page ${page}`,
        ).toEqual(await reference(query, (page - 1) * 10));
        expect(result.capped).toBe(true);
      }
    });

  it("keeps phrase and minus semantics and highlights the matches", async () => {
    const phrase = await searchStories('"harbour budget"', 1);
    if (!phrase.ok) throw new Error("refused");
    expect(phrase.hits).toHaveLength(10);
    for (const hit of phrase.hits) {
      expect(Number(hit.id.slice(6)) % 10, hit.id).toBe(0);
      expect(hit.excerptHtml).toContain("<mark>harbour</mark> <mark>budget</mark>");
    }
    const minus = await searchStories("ferry -lantern", 1);
    if (!minus.ok) throw new Error("refused");
    for (const hit of minus.hits) {
      const n = Number(hit.id.slice(6));
      expect(n % 2 === 0 && n % 5 !== 0, hit.id).toBe(true);
    }
    // The word in the headline ranks first: the newest story with "lantern" in its headline.
    const lantern = await searchStories("lantern", 1);
    if (!lantern.ok) throw new Error("refused");
    expect(lantern.hits[0].headline).toMatch(/lantern/);
    expect(lantern.hits[0].excerptHtml).toContain("<mark>lantern</mark>");
  });

  it("reads the newest stories' table while it covers the window, follows each write, and falls back when pruned", async () => {
    const recent = async () =>
      (
        await db.$queryRaw<{ n: number; oldest: Date | null }[]>`
        SELECT count(*)::int AS n, min("publishedAt") AS oldest FROM ${table("SearchRecent")}`
      )[0];
    // Inserted oldest first, every story went in (each was at least as new as the oldest there).
    expect((await recent()).n).toBe(STORIES);
    const newestFerry = `scale-${STORIES - (STORIES % 2)}`;
    const first = async () => {
      const r = await searchStories("ferry", 1);
      if (!r.ok) throw new Error(`refused: ${r.reason}`);
      return r.hits.map((h) => h.id);
    };
    expect(await first()).toEqual(await reference("ferry", 0));
    expect(await first()).toContain(newestFerry);
    // Withdrawn: out of the table and of the results; published again: back.
    await db.story.update({ where: { id: newestFerry }, data: { status: "UNPUBLISHED" } });
    expect((await recent()).n).toBe(STORIES - 1);
    expect(await first()).not.toContain(newestFerry);
    expect(await first()).toEqual(await reference("ferry", 0));
    await db.story.update({ where: { id: newestFerry }, data: { status: "PUBLISHED" } });
    expect(await first()).toContain(newestFerry);
    // An edit of the text reaches the table: the word taken out, the story is no longer found.
    await db.story.update({
      where: { id: newestFerry },
      data: { bodyText: "Nothing about boats." },
    });
    expect(await first()).not.toContain(newestFerry);
    expect(await first()).toEqual(await reference("ferry", 0));
    // Pruned to fewer than the window: it no longer covers it, and search reads the archive.
    await db.$queryRaw`SELECT search_recent_prune(100)`;
    expect((await recent()).n).toBe(100);
    for (const query of ["ferry", "lantern", '"harbour budget"'])
      for (const page of [1, 50]) {
        const r = await searchStories(query, page);
        if (!r.ok) throw new Error(`refused: ${r.reason}`);
        expect(
          r.hits.map((h) => h.id),
          `${query} page ${page}`,
        ).toEqual(await reference(query, (page - 1) * 10));
      }
    // A story published now is newer than the oldest kept: it goes in.
    await db.story.update({
      where: { id: "scale-1" },
      data: { publishedAt: new Date("2030-01-01T00:00:00Z") },
    });
    expect((await recent()).n).toBe(101);
  });
});
