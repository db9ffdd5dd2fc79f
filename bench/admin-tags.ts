// Times the admin's tag table and the duplicate finder at 10,000 tags. Prints figures; asserts nothing.
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test npx tsx bench/admin-tags.ts
// Works in a throwaway schema of that database, dropped at the end.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrate } from "@/lib/db/migrate";
import { findDuplicateGroups } from "@/lib/tags/duplicates";
import { tagListQuerySchema } from "@/lib/tags/schema";
import { tagTableSql } from "@/lib/tags/table-sql";
import { seedTagVocabulary } from "../tests/helpers/tag-vocabulary";

const base =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgresql://postgres@127.0.0.1:5432/test";
const TAGS = Number(process.env.BENCH_TAGS ?? 10_000);
const STORIES = Number(process.env.BENCH_STORIES ?? 5_000);
const schema = `bench_${randomBytes(4).toString("hex")}`;

async function time<T>(label: string, run: () => Promise<T>, repeat = 5): Promise<T> {
  let result: T | undefined;
  const ms: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    result = await run();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(44)} median ${ms[Math.floor(repeat / 2)].toFixed(1).padStart(7)} ms   min ${ms[0].toFixed(1).padStart(7)} ms`,
  );
  return result as T;
}

async function main() {
  await migrate({ connectionString: base, schema });
  const url = new URL(base);
  url.searchParams.set("schema", schema);
  const db = createPrismaClient(url.toString());
  try {
    await seedTagVocabulary(db, { tags: TAGS, stories: STORIES, tagsPerStory: 8 });
    console.log(
      `${TAGS} tags, ${STORIES} stories, ${await db.storyTag.count()} story tags (schema ${schema})`,
    );
    const page = (p: Record<string, string>) => () =>
      db.$queryRaw(tagTableSql(tagListQuerySchema.parse(p)));
    if (process.env.BENCH_EXPLAIN) {
      const sql = tagTableSql(tagListQuerySchema.parse({}));
      const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN ANALYZE ${sql.text}`,
        ...sql.values,
      );
      console.log(plan.map((r) => r["QUERY PLAN"]).join("\n"));
    }
    await time("table, by name, page 1", page({}));
    await time("table, by uses desc, page 1", page({ sort: "uses", dir: "desc" }));
    await time(
      "table, by last used, page 200",
      page({ sort: "lastUsed", dir: "desc", page: "200" }),
    );
    await time('table, kind PLACE + search "12"', page({ kind: "PLACE", q: "12" }));
    const names = await time("duplicates: load names", () =>
      db.tag.findMany({ select: { id: true, name: true } }),
    );
    await time("duplicates: group in memory", async () => findDuplicateGroups(names));
  } finally {
    await db.$disconnect();
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
