// The archive bench: npx tsx bench/archive.ts --url http://127.0.0.1:PORT [--n 100] [--server DIR]
// With DATABASE_URL pointing at a corpus (npm run corpus:generate -- --stories N) and the app's
// production build answering at --url (or, with --server DIR, `next start` of the build in DIR,
// started here on a free port against DATABASE_URL), requests each kind of reader page with
// distinct URLs, each URL once (so every answer is a page-cache miss), one client, and prints:
// kind, n, p50, p95, max, the slowest URL. Also the sitemap index's coverage (URLs listed across all
// its story sitemaps vs published stories) and, read through SQL, the newsroom's headline search.
// Works against any version of the schema (it reads only columns every version has).
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { commonWords, VOCABULARY } from "../scripts/corpus/vocabulary";
import { WORST_CASE_QUERIES } from "../scripts/corpus/worst-case";
import { percentile } from "./lib/stats";
import { waitFor } from "./lib/wait";

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const N = Number(arg("n") ?? 100);
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("DATABASE_URL must point at a corpus");

interface Row {
  kind: string;
  times: number[];
  slowest: string;
  statuses: Map<number, number>;
  misses: number;
}
const rows: Row[] = [];

async function measure(base: string, kind: string, paths: string[]): Promise<string[]> {
  const row: Row = { kind, times: [], slowest: "", statuses: new Map(), misses: 0 };
  const bodies: string[] = [];
  let worst = -1;
  for (const p of [...new Set(paths)]) {
    const t = performance.now();
    const res = await fetch(base + p, { redirect: "manual" });
    const body = await res.text();
    const ms = performance.now() - t;
    row.times.push(ms);
    row.statuses.set(res.status, (row.statuses.get(res.status) ?? 0) + 1);
    if (res.headers.get("x-reader-cache") !== "hit") row.misses++;
    if (ms > worst) {
      worst = ms;
      row.slowest = p;
    }
    bodies.push(body);
  }
  rows.push(row);
  return bodies;
}

function printTable() {
  const fmt = (n: number) => (Number.isNaN(n) ? "-" : n < 10 ? n.toFixed(1) : n.toFixed(0));
  console.log(
    "\n| kind | n | p50 ms | p95 ms | max ms | statuses | misses | slowest |\n|---|---|---|---|---|---|---|---|",
  );
  for (const r of rows) {
    const sorted = [...r.times].sort((a, b) => a - b);
    const statuses = [...r.statuses].map(([s, n]) => `${s}×${n}`).join(" ");
    console.log(
      `| ${r.kind} | ${r.times.length} | ${fmt(percentile(sorted, 50))} | ${fmt(percentile(sorted, 95))} | ${fmt(sorted.at(-1) ?? NaN)} | ${statuses} | ${r.misses} | \`${r.slowest.slice(0, 70)}\` |`,
    );
  }
}

async function main() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const q = async <T>(sql: string, params: unknown[] = []) =>
    (await client.query(sql, params)).rows as T[];

  let server: ChildProcess | undefined;
  let base = arg("url");
  const dir = arg("server");
  if (!base && dir) {
    const port = Number(arg("port") ?? 4801);
    base = `http://127.0.0.1:${port}`;
    server = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: dir,
      env: { ...process.env, PORT: String(port), AUTH_SECRET: "x".repeat(40) },
      stdio: "ignore",
    });
  }
  if (!base) throw new Error("give --url http://host:port, or --server DIR to start a build");
  try {
    await waitFor(`${base}/robots.txt`, 180_000);
    const [{ n: published }] = await q<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Story" WHERE status = 'PUBLISHED'`,
    );
    console.log(`corpus: ${published.toLocaleString("en")} published stories; ${N} URLs per kind`);

    // Samples: random stories; tags and authors by size (the biggest for deep pages, the smallest too).
    const stories = await q<{ slug: string }>(
      `SELECT slug FROM "Story" TABLESAMPLE SYSTEM (5) WHERE status = 'PUBLISHED' ORDER BY random() LIMIT $1`,
      [N],
    );
    const tagSizes = await q<{ slug: string; n: number }>(
      `SELECT t.slug, count(*)::int AS n FROM "StoryTag" st JOIN "Tag" t ON t.id = st."tagId" GROUP BY t.slug ORDER BY n DESC`,
    );
    const authorSizes = await q<{ slug: string; n: number }>(
      `SELECT u.slug, count(*)::int AS n FROM "Byline" b JOIN "User" u ON u.id = b."userId" GROUP BY u.slug ORDER BY n DESC`,
    );
    const pick = <T>(list: T[], n: number) => [...list].sort(() => Math.random() - 0.5).slice(0, n);

    await measure(
      base,
      "article + related",
      stories.map((s) => `/news/${s.slug}`),
    );
    await measure(
      base,
      "tag page 1 (random tags)",
      pick(tagSizes, N).map((t) => `/tags/${t.slug}`),
    );
    await measure(
      base,
      "tag page 1 (most used tags)",
      tagSizes.slice(0, N).map((t) => `/tags/${t.slug}`),
    );
    await measure(
      base,
      "tag page 1 (least used tags)",
      tagSizes.slice(-N).map((t) => `/tags/${t.slug}`),
    );
    // Page 500 and beyond (20 a page): every tag deep enough, at distinct pages.
    const deepTags = tagSizes.filter((t) => t.n >= 500 * 20);
    const deep = (list: { slug: string; n: number }[], prefix: string) => {
      const paths: string[] = [];
      for (let k = 0; paths.length < N && k < N && list.length; k++) {
        const t = list[k % list.length];
        const page = 500 + Math.floor(k / list.length);
        if ((page - 1) * 20 < t.n) paths.push(`${prefix}/${t.slug}?page=${page}`);
      }
      return paths;
    };
    await measure(base, "tag page 500+", deep(deepTags, "/tags"));
    await measure(
      base,
      "author page 1",
      authorSizes.map((a) => `/authors/${a.slug}`),
    );
    await measure(
      base,
      "author page 500+",
      deep(
        authorSizes.filter((a) => a.n >= 500 * 20),
        "/authors",
      ),
    );
    await measure(
      base,
      "author page 2-50",
      authorSizes.slice(0, N).map((a, i) => `/authors/${a.slug}?page=${2 + (i % 49)}`),
    );

    // Search: words drawn as readers would (common ones often), distinct URLs.
    const words = commonWords(400);
    const rnd = () => words[Math.floor(Math.pow(words.length, Math.random())) - 1] ?? words[0];
    const s = (query: string, page = 1) =>
      `/search?q=${encodeURIComponent(query)}${page > 1 ? `&page=${page}` : ""}`;
    const distinct = (make: (i: number) => string) =>
      [...new Set(Array.from({ length: N * 3 }, (_, i) => make(i)))].slice(0, N);
    await measure(
      base,
      "search: one word",
      distinct(() => s(rnd())),
    );
    await measure(
      base,
      "search: three words",
      distinct(() => s(`${rnd()} ${rnd()} ${rnd()}`)),
    );
    await measure(
      base,
      "search: phrase",
      distinct(() => s(`"${rnd()} ${rnd()}"`)),
    );
    await measure(
      base,
      "search: word minus word",
      distinct(() => s(`${rnd()} -${rnd()}`)),
    );
    await measure(
      base,
      "search: page 50",
      distinct(() => s(rnd(), 50)),
    );
    await measure(
      base,
      "search: rare word",
      distinct(() => s(VOCABULARY[5_000 + Math.floor(Math.random() * 19_000)])),
    );
    await measure(
      base,
      "search: worst-case set",
      WORST_CASE_QUERIES.map((w) => s(w.q, w.page)),
    );

    await measure(base, "feed: site", ["/feed.xml"]);
    await measure(
      base,
      "feed: tag",
      pick(tagSizes, N).map((t) => `/tags/${t.slug}/feed.xml`),
    );

    // Sitemaps: the index, then every sitemap it lists; count story URLs for coverage.
    const [index] = await measure(base, "sitemap index (/sitemap.xml)", ["/sitemap.xml"]);
    const locs = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    const isIndex = index.includes("<sitemapindex");
    let listed = 0;
    if (isIndex) {
      const pages = await measure(base, "sitemap pages", locs);
      for (const body of pages) listed += (body.match(/<loc>[^<]*\/news\//g) ?? []).length;
    } else {
      listed = (index.match(/<loc>[^<]*\/news\//g) ?? []).length;
    }
    printTable();
    console.log(
      `\nsitemap: ${isIndex ? `an index of ${locs.length} sitemaps` : "a single urlset, no index"}; ` +
        `${listed.toLocaleString("en")} story URLs listed of ${published.toLocaleString("en")} published (${((100 * listed) / Math.max(1, published)).toFixed(1)}%)`,
    );

    // The newsroom's headline search, as listStoriesForDesk runs it (a page of 50 and the count).
    const desk: number[] = [];
    for (const w of distinct(() => rnd()).slice(0, 30)) {
      const t = performance.now();
      await q(
        `SELECT id FROM "Story" WHERE headline ILIKE $1 ORDER BY "updatedAt" DESC LIMIT 50 OFFSET 0`,
        [`%${w}%`],
      );
      await q(`SELECT count(*) FROM "Story" WHERE headline ILIKE $1`, [`%${w}%`]);
      desk.push(performance.now() - t);
    }
    desk.sort((a, b) => a - b);
    console.log(
      `newsroom headline search (SQL of listStoriesForDesk, 30 words): p50 ${percentile(desk, 50).toFixed(1)} ms, p95 ${percentile(desk, 95).toFixed(1)} ms, max ${desk.at(-1)?.toFixed(1)} ms`,
    );
  } finally {
    await client.end();
    server?.kill("SIGTERM");
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
