import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";

// `npm run corpus:generate` against this file's own schema (small N; the same SQL makes a million).
const TSX = "node_modules/tsx/dist/cli.mjs";
const corpus = (...args: string[]) => {
  const r = spawnSync(process.execPath, [TSX, "scripts/corpus.ts", ...args], {
    env: process.env,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: r.status, out: r.stdout + r.stderr };
};

describe("synthetic corpus generator", () => {
  it("adds N published stories with tags, bylines and a search index, in batches", async () => {
    const r = corpus("--stories", "7321");
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
    expect(stories).toHaveLength(7321);
    for (const s of stories.slice(0, 200)) {
      expect(s.status).toBe("PUBLISHED");
      expect(s.wordCount).toBeGreaterThanOrEqual(180);
      expect(s._count.tags).toBeGreaterThanOrEqual(1);
      expect(s._count.bylines).toBe(1);
    }
    const indexed = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${process.env.TEST_SCHEMA}"."Story" WHERE "searchVector" IS NOT NULL AND slug LIKE 'corpus-%'`,
    );
    expect(Number(indexed[0].n)).toBe(7321);
  });

  it.each(["0", "1000001", "-5", "lots"])("refuses --stories %s with one line", (n) => {
    const r = corpus("--stories", n);
    expect(r.status).toBe(1);
    expect(r.out.trim().split("\n"), r.out).toHaveLength(1);
    expect(r.out).toMatch(/--stories must be a whole number from 1 to 1,000,000/);
  });
});
