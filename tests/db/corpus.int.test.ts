import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runScript } from "../helpers/run-script";

// `npm run corpus:generate` against this file's own schema (small N; the same SQL makes a million).
const corpus = (...args: string[]) => runScript("corpus.ts", args, { timeout: 300_000 });

describe("synthetic corpus generator", () => {
  it("adds N published stories with tags, bylines and a search index, in batches", async () => {
    const r = corpus("--stories", "2345", "--seed", "7");
    expect(r.status, r.out).toBe(0);
    const stories = await db.story.findMany({
      where: { slug: { startsWith: "corpus-" } },
      select: {
        id: true,
        status: true,
        wordCount: true,
        _count: { select: { tags: true, bylines: true } },
      },
    });
    expect(stories).toHaveLength(2345);
    for (const s of stories) {
      expect(s.status).toBe("PUBLISHED");
      expect(s.wordCount).toBeGreaterThanOrEqual(180);
      expect(s._count.tags).toBeGreaterThanOrEqual(1);
      expect(s._count.tags).toBeLessThanOrEqual(6);
      expect(s._count.bylines).toBe(1);
    }
    // Shaped like an archive: a few tags and bylines very common, a long tail, twenty years.
    const T = `"${process.env.TEST_SCHEMA}"`;
    const [shape] = await db.$queryRawUnsafe<
      { tags: number; top: number; authors: number; years: number }[]
    >(
      `SELECT (SELECT count(DISTINCT "tagId")::int FROM ${T}."StoryTag") AS tags,
        (SELECT max(n)::int FROM (SELECT count(*) AS n FROM ${T}."StoryTag" GROUP BY "tagId") x) AS top,
        (SELECT count(DISTINCT "userId")::int FROM ${T}."Byline") AS authors,
        (SELECT extract(epoch FROM max("publishedAt") - min("publishedAt")) / 31557600 FROM ${T}."Story")::float8 AS years`,
    );
    expect(shape.tags).toBeGreaterThan(1_000);
    expect(shape.top).toBeGreaterThan(500);
    expect(shape.authors).toBeGreaterThanOrEqual(50);
    expect(shape.years).toBeGreaterThan(18);
    const indexed = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${process.env.TEST_SCHEMA}"."Story" WHERE "searchVector" IS NOT NULL AND slug LIKE 'corpus-%'`,
    );
    expect(Number(indexed[0].n)).toBe(2345);
  });

  it.each(["0", "1000001", "-5", "lots"])("refuses --stories %s with one line", (n) => {
    const r = corpus("--stories", n);
    expect(r.status).toBe(1);
    expect(r.out.trim().split("\n"), r.out).toHaveLength(1);
    expect(r.out).toMatch(/--stories must be a whole number from 1 to 1,000,000/);
  });
});
