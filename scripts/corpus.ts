// npm run corpus:generate -- --stories N [--seed S]   (1 <= N <= 1,000,000)
// A large synthetic corpus for benchmarks, shaped like a real archive: words drawn Zipf-like from a
// 24,000-word vocabulary (a few very common, most rare), 5,200 tags drawn Zipf-like with 1-6 per
// story, 60 bylines (a few prolific), publication times over 20 years. Rows are built in batches in
// JavaScript and inserted through unnest(); the search vector comes from the Story trigger. The
// worst-case query set for this vocabulary is scripts/corpus/worst-case.ts. DATABASE_URL, or the
// embedded database. VACUUM ANALYZE at the end, so the planner knows the new shape.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { parseDatabaseUrl } from "@/lib/db/url";
import { migrate } from "@/lib/db/migrate";
import { SEARCH_RECENT_KEEP } from "@/lib/search/bounds";
import { fail, log, resolveDatabase } from "./lib/runtime";
import { AUTHOR_COUNT, buildBatch, properName, TAG_COUNT } from "./corpus/stories";
import { seededRandom } from "./corpus/vocabulary";

const MAX = 1_000_000;
const BATCH = 2_000;

function parseCount(argv: string[]): number {
  const i = argv.indexOf("--stories");
  const raw = i >= 0 ? argv[i + 1] : undefined;
  const n = Number(raw);
  if (raw === undefined || !/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < 1 || n > MAX) {
    throw new Error(
      `--stories must be a whole number from 1 to 1,000,000 (got ${raw === undefined ? "nothing" : `"${raw}"`}); e.g. npm run corpus:generate -- --stories 10000`,
    );
  }
  return n;
}

function parseSeed(argv: string[]): number {
  const i = argv.indexOf("--seed");
  if (i < 0) return randomBytes(4).readUInt32LE(0);
  const raw = argv[i + 1] ?? "";
  if (!/^\d{1,9}$/.test(raw)) throw new Error(`--seed must be a whole number (got "${raw}")`);
  return Number(raw);
}

async function ensureAuthorsAndTags(
  client: pg.Client,
  run: string,
): Promise<{ authorIds: string[]; tagIds: string[] }> {
  const authorIds = Array.from({ length: AUTHOR_COUNT }, (_, i) => `corpus-${run}-author-${i}`);
  const authorNames = authorIds.map((_, i) => properName(i + 7_000, 2));
  await client.query(
    `INSERT INTO "User" (id, email, name, slug, "passwordHash", role, "updatedAt")
     SELECT id, id || '@corpus.test', name, id, '!', 'REPORTER', now()
     FROM unnest($1::text[], $2::text[]) AS a(id, name)`,
    [authorIds, authorNames],
  );
  const tagIds = Array.from({ length: TAG_COUNT }, (_, i) => `corpus-${run}-tag-${i}`);
  const seen = new Set<string>();
  const tagNames = tagIds.map((_, i) => {
    let name = properName(i, 1 + (i % 3 === 0 ? 1 : 0) + 1);
    if (seen.has(name)) name = `${name} ${i}`;
    seen.add(name);
    return `${name} ${run}`;
  });
  await client.query(
    `INSERT INTO "Tag" (id, name, slug, description, "updatedAt")
     SELECT id, name, id, 'A synthetic topic for benchmarks.', now()
     FROM unnest($1::text[], $2::text[]) AS t(id, name)`,
    [tagIds, tagNames],
  );
  return { authorIds, tagIds };
}

async function insertBatch(client: pg.Client, batch: ReturnType<typeof buildBatch>) {
  await client.query("BEGIN");
  await client.query(
    `INSERT INTO "Story" (id, slug, headline, summary, body, "bodyText", "bodyHtml", "wordCount", status, "publishedAt", "firstPublishedAt", "createdAt", "updatedAt")
     SELECT id, id, headline, summary, body::jsonb, text, html, words, 'PUBLISHED', ts, ts, ts, ts
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::timestamptz[])
       AS r(id, headline, summary, body, text, html, words, ts)`,
    [
      batch.ids,
      batch.headlines,
      batch.summaries,
      batch.bodies,
      batch.texts,
      batch.htmls,
      batch.words,
      batch.times,
    ],
  );
  await client.query(
    `INSERT INTO "StoryTag" ("storyId", "tagId", position)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`,
    [batch.tagStory, batch.tagIds, batch.tagPos],
  );
  await client.query(
    `INSERT INTO "Byline" ("storyId", "userId", position)
     SELECT s, u, 0 FROM unnest($1::text[], $2::text[]) AS b(s, u)`,
    [batch.ids, batch.authorIds],
  );
  await client.query("COMMIT");
}

async function main() {
  const argv = process.argv.slice(2);
  const count = parseCount(argv);
  const seed = parseSeed(argv);
  const { url, embedded } = await resolveDatabase();
  try {
    await migrate({ connectionString: url, log });
    const { connectionString, schema } = parseDatabaseUrl(url);
    const client = new pg.Client({ connectionString });
    await client.connect();
    if (schema) await client.query(`SET search_path TO "${schema}"`);
    const run = seed.toString(16).padStart(8, "0");
    const random = seededRandom(seed);
    const started = Date.now();
    const { authorIds, tagIds } = await ensureAuthorsAndTags(client, run);
    const now = Date.now();
    for (let from = 1; from <= count; from += BATCH) {
      const to = Math.min(count, from + BATCH - 1);
      await insertBatch(client, buildBatch(random, run, from, to, tagIds, authorIds, now));
      if (to % 20_000 === 0 || to === count)
        log(
          `corpus ${run}: ${to.toLocaleString("en")} / ${count.toLocaleString("en")} stories (${((Date.now() - started) / 1000).toFixed(0)} s)`,
        );
    }
    // The newest stories' search table took every batch's stories in turn: back to its size.
    await client.query(
      `SELECT ${schema ? `"${schema}".` : ""}search_recent_prune(${SEARCH_RECENT_KEEP})`,
    );
    const name = (t: string) => (schema ? `"${schema}"."${t}"` : `"${t}"`);
    const tables = ["Story", "StoryTag", "Byline", "Tag", "User", "SearchRecent"].map(name);
    // Taking every batch in turn left SearchRecent at 8 times its size (65,000 pages for 25,000 rows
    // at 1,000,000 stories), where a newsroom's steady trickle of publishes leaves it near its own:
    // rewrite it compactly (its 25,000 rows, a second), then analyse everything.
    await client.query(`VACUUM FULL ${name("SearchRecent")}`);
    await client.query(`VACUUM ANALYZE ${tables.join(", ")}`);
    await client.end();
    log(
      `done: ${count.toLocaleString("en")} stories, ${TAG_COUNT} tags, ${AUTHOR_COUNT} authors in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed}, slugs corpus-${run}-<n>)`,
    );
  } finally {
    await embedded?.stop();
  }
}

main().catch(fail);
