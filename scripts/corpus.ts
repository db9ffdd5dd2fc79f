// npm run corpus:generate -- --stories N   (1 <= N <= 1,000,000)
// A large synthetic corpus for benchmarks: published stories of random words with tags (skewed, so
// some tags are common and many rare) and bylines, generated inside PostgreSQL with generate_series
// in batches, so a million rows take minutes. (`i * 0` in the aggregates keeps them per row:
// an aggregate over outer columns only would be evaluated in the outer query.) DATABASE_URL, or the embedded database.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { parseDatabaseUrl } from "@/lib/db/url";
import { migrate } from "@/lib/db/migrate";
import { fail, log, resolveDatabase } from "./lib/runtime";

const MAX = 1_000_000;
const BATCH = 5_000;
const TAGS = 300;
const AUTHORS = 12;

// Invented vocabulary: plain English words, no names of real people or outlets.
const WORDS = (
  "council harbour budget vote housing rent port ferry tender contract inquiry commission report plan city " +
  "district street tower school hospital clinic nurse teacher union strike wage talks deal minister mayor " +
  "deputy office planning land sale price permit court judge hearing witness document audit fund grant " +
  "energy wind turbine grid cable power station coal solar storage tariff bill household winter storm " +
  "flood river bridge road rail station bus tram ticket fare route delay repair works crane dock cargo " +
  "ship crew fishing quota catch market trader shop bakery cafe tourist season festival museum library " +
  "park garden tree water supply pipe leak sewer waste recycling bin collection police officer fire " +
  "crew rescue coast guard weather forecast rain wind snow election campaign candidate party coalition " +
  "opposition motion debate vote result poll survey resident tenant landlord owner developer builder " +
  "architect design heritage listing protest petition meeting agenda minutes spokesperson statement " +
  "response comment decision appeal review delay cost estimate overrun saving cut increase decrease " +
  "figure data record year month week morning evening night north south east west old new central"
).split(/\s+/);

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

async function ensureAuthorsAndTags(
  client: pg.Client,
  run: string,
): Promise<{ authorIds: string[]; tagIds: string[] }> {
  const authorIds = Array.from({ length: AUTHORS }, (_, i) => `corpus-${run}-author-${i}`);
  await client.query(
    `INSERT INTO "User" (id, email, name, slug, "passwordHash", role, "updatedAt")
     SELECT id, id || '@corpus.test', 'Corpus Writer ' || (ord)::text || ' ' || $2, id, '!', 'REPORTER', now()
     FROM unnest($1::text[]) WITH ORDINALITY AS a(id, ord)`,
    [authorIds, run],
  );
  const tagIds = Array.from({ length: TAGS }, (_, i) => `corpus-${run}-tag-${i}`);
  await client.query(
    `INSERT INTO "Tag" (id, name, slug, description, "updatedAt")
     SELECT id, 'Corpus topic ' || ord || ' ' || $2, id, 'A synthetic topic for benchmarks.', now()
     FROM unnest($1::text[]) WITH ORDINALITY AS t(id, ord)`,
    [tagIds, run],
  );
  return { authorIds, tagIds };
}

async function insertBatch(
  client: pg.Client,
  run: string,
  from: number,
  to: number,
  authorIds: string[],
  tagIds: string[],
) {
  await client.query("BEGIN");
  await client.query(
    `INSERT INTO "Story" (id, slug, headline, summary, body, "bodyText", "bodyHtml", "wordCount", status, "publishedAt", "firstPublishedAt", "createdAt", "updatedAt")
     SELECT r.id, r.id, initcap(r.headline), r.summary,
       jsonb_build_object('type', 'doc', 'content', jsonb_build_array(jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', r.body))))),
       r.body, '<p>' || r.body || '</p>', r.words, 'PUBLISHED', r.ts, r.ts, r.ts, r.ts
     FROM (
       SELECT 'corpus-' || $1 || '-' || g AS id,
         (SELECT string_agg(w[1 + i * 0 + floor(random() * cardinality(w))::int], ' ') FROM generate_series(1, 6 + g % 5) i) AS headline,
         (SELECT string_agg(w[1 + i * 0 + floor(random() * cardinality(w))::int], ' ') FROM generate_series(1, 18 + g % 7) i) AS summary,
         (SELECT string_agg(w[1 + i * 0 + floor(random() * cardinality(w))::int], ' ') FROM generate_series(1, 180 + g % 120) i) AS body,
         180 + g % 120 AS words,
         now() - random() * interval '730 days' AS ts
       FROM generate_series($2::int, $3::int) g, (SELECT $4::text[] AS w) vocab
     ) r`,
    [run, from, to, WORDS],
  );
  // 1-4 tags each, skewed towards the first tags (random()^3), so tag frequencies span a wide range.
  await client.query(
    `INSERT INTO "StoryTag" ("storyId", "tagId", position)
     SELECT sid, tid, (row_number() OVER (PARTITION BY sid) - 1)::int FROM (
       SELECT DISTINCT 'corpus-' || $1 || '-' || g AS sid, ($4::text[])[1 + floor(power(random(), 3) * cardinality($4::text[]))::int] AS tid
       FROM generate_series($2::int, $3::int) g, generate_series(1, 1 + ($2::int + g) % 4) k
     ) x`,
    [run, from, to, tagIds],
  );
  await client.query(
    `INSERT INTO "Byline" ("storyId", "userId", position)
     SELECT 'corpus-' || $1 || '-' || g, ($4::text[])[1 + g % cardinality($4::text[])], 0 FROM generate_series($2::int, $3::int) g`,
    [run, from, to, authorIds],
  );
  await client.query("COMMIT");
}

async function main() {
  const count = parseCount(process.argv.slice(2));
  const { url, embedded } = await resolveDatabase();
  try {
    await migrate({ connectionString: url, log });
    const { connectionString, schema } = parseDatabaseUrl(url);
    const client = new pg.Client({ connectionString });
    await client.connect();
    if (schema) await client.query(`SET search_path TO "${schema}"`);
    const run = randomBytes(3).toString("hex");
    const started = Date.now();
    const { authorIds, tagIds } = await ensureAuthorsAndTags(client, run);
    for (let from = 1; from <= count; from += BATCH) {
      const to = Math.min(count, from + BATCH - 1);
      await insertBatch(client, run, from, to, authorIds, tagIds);
      log(
        `corpus ${run}: ${to.toLocaleString("en")} / ${count.toLocaleString("en")} stories (${((Date.now() - started) / 1000).toFixed(0)} s)`,
      );
    }
    await client.query(`ANALYZE "Story"; ANALYZE "StoryTag"; ANALYZE "Byline"`);
    await client.end();
    log(
      `done: ${count.toLocaleString("en")} stories, ${TAGS} tags, ${AUTHORS} authors in ${((Date.now() - started) / 1000).toFixed(1)} s (slugs corpus-${run}-<n>)`,
    );
  } finally {
    await embedded?.stop();
  }
}

main().catch(fail);
