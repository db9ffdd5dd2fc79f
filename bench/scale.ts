// The archive at scale: DATABASE_URL=… npx tsx bench/scale.ts --stories N [--n 100] [--server DIR | --url URL] [--port P] [--only TEXT]
// Builds a corpus of N stories on DATABASE_URL with the generator (npm run corpus:generate), or
// reuses the one there; applies the migrations; starts the production build in DIR (default: this
// checkout's .next; `next build` first) on a free port against it, or measures the app at --url;
// requests each kind of page with distinct URLs, each URL once (so every answer is a page-cache
// miss; the first of a kind warms its route's code and is not counted), one client; prints a table: kind, n, p50, p95, max, target, pass/fail, the statuses and
// the slowest URL, then the query plan (EXPLAIN ANALYZE) of the row furthest over (or nearest to)
// its target, and the sitemap index's coverage. Targets are issue 8's. Not part of npm test.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { migrate } from "../lib/db/migrate";
import { MAX_RANKED, needsRecheck, searchMethod, searchWindow } from "../lib/search/bounds";
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
const STORIES = Number(arg("stories") ?? 0);
/** --only TEXT: measure only the kinds whose name contains TEXT (e.g. "newsroom", "sitemap"). */
const ONLY = arg("only");
const chosen = (kind: { kind: string }) => !ONLY || kind.kind.includes(ONLY);
const PAGE = 20; // the reader's list page size (lib/stories/public-queries.ts PAGE_SIZE)
const DEEP_PAGE = 500;
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl)
  throw new Error("DATABASE_URL must point at a PostgreSQL database for the corpus");
if (!Number.isSafeInteger(STORIES) || STORIES < 1)
  throw new Error("--stories N (1 to 1,000,000): the corpus to build or reuse");

/** What one row measures: its URLs, its target, and the main query behind its slowest URL. */
interface Kind {
  kind: string;
  target: number;
  paths: string[];
  /** A signed-in session's cookie, for the newsroom's pages. */
  cookie?: string;
  explain?: (
    path: string,
  ) =>
    | { sql: string; params: unknown[] }
    | undefined
    | Promise<{ sql: string; params: unknown[] } | undefined>;
}
interface Row {
  kind: Kind;
  times: number[];
  slowest: string;
  statuses: Map<number, number>;
  misses: number;
}

async function measure(base: string, kind: Kind): Promise<{ row: Row; bodies: string[] }> {
  const row: Row = { kind, times: [], slowest: "", statuses: new Map(), misses: 0 };
  const bodies: string[] = [];
  let worst = -1;
  const paths = [...new Set(kind.paths)];
  // The first request of a route loads its code: a kind with URLs to spare sends one first, unmeasured.
  if (paths.length > 1)
    await (
      await fetch(base + paths.shift(), { headers: kind.cookie ? { cookie: kind.cookie } : {} })
    ).text();
  for (const p of paths) {
    const t = performance.now();
    const res = await fetch(base + p, {
      redirect: "manual",
      headers: kind.cookie ? { cookie: kind.cookie } : {},
    });
    const body = await res.text();
    const ms = performance.now() - t;
    row.times.push(ms);
    row.statuses.set(res.status, (row.statuses.get(res.status) ?? 0) + 1);
    if (res.headers.get("x-reader-cache") !== "hit") row.misses++;
    if (ms > worst) [worst, row.slowest] = [ms, p];
    bodies.push(body);
  }
  return { row, bodies };
}

const fmt = (n: number) => (Number.isNaN(n) ? "-" : n < 10 ? n.toFixed(1) : n.toFixed(0));
const p95 = (r: Row) => percentile(r.times, 95);
/** The worst-case set is judged by its worst query, every other row by its p95. */
const judged = (r: Row) =>
  r.kind.kind.startsWith("search: worst") ? Math.max(...r.times) : p95(r);
const passes = (r: Row) => r.times.length > 0 && judged(r) <= r.kind.target && !r.statuses.has(500);

function printTable(rows: Row[]) {
  console.log(
    "\n| kind | n | p50 ms | p95 ms | max ms | target ms | pass | statuses | misses | slowest |\n|---|---|---|---|---|---|---|---|---|---|",
  );
  for (const r of rows) {
    const statuses = [...r.statuses].map(([s, n]) => `${s}×${n}`).join(" ");
    const target = `${r.kind.kind.startsWith("search: worst") ? "max " : "p95 "}${r.kind.target}`;
    console.log(
      `| ${r.kind.kind} | ${r.times.length} | ${fmt(percentile(r.times, 50))} | ${fmt(p95(r))} | ${fmt(Math.max(...r.times))} | ${target} | ${passes(r) ? "pass" : "FAIL"} | ${statuses} | ${r.misses} | \`${decodeURIComponent(r.slowest).slice(0, 80)}\` |`,
    );
  }
}

/** Builds the corpus unless the database holds one of about N stories already. */
async function ensureCorpus(q: Query): Promise<number> {
  await migrate({ connectionString: databaseUrl as string, log: () => {} });
  const count = async () =>
    (await q<{ n: number }>(`SELECT count(*)::int AS n FROM "Story" WHERE status = 'PUBLISHED'`))[0]
      .n;
  const have = await count();
  if (have >= STORIES * 0.99 && have <= STORIES * 1.05) return have;
  if (have > 0)
    throw new Error(
      `the database holds ${have.toLocaleString("en")} published stories, not about ${STORIES.toLocaleString("en")}: use another database (createdb) for this size`,
    );
  console.log(`building a corpus of ${STORIES.toLocaleString("en")} stories …`);
  const run = spawnSync(
    "npx",
    ["tsx", "scripts/corpus.ts", "--stories", String(STORIES), "--seed", "8"],
    { stdio: "inherit", env: process.env },
  );
  if (run.status !== 0) throw new Error("the corpus generator failed");
  return count();
}

/** A newsroom editor for the story list, signed in through Auth.js' credentials endpoint. */
async function signInEditor(base: string, q: Query): Promise<string> {
  const password = "bench-scale-editor-password-1";
  await q(
    `INSERT INTO "User" (id, email, name, slug, "passwordHash", role, "updatedAt")
     VALUES ('bench-scale-editor', 'bench-scale-editor@corpus.test', 'Bench Editor', 'bench-scale-editor', $1, 'EDITOR', now())
     ON CONFLICT (id) DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash"`,
    [await hash(password)],
  );
  const cookies = new Map<string, string>();
  const take = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const at = pair.indexOf("=");
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const header = () => [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({
      email: "bench-scale-editor@corpus.test",
      password,
      csrfToken,
      callbackUrl: "/admin",
    }),
  });
  take(res);
  if (!header().includes("session-token")) throw new Error("the bench editor could not sign in");
  return header();
}

type Query = <T>(sql: string, params?: unknown[]) => Promise<T[]>;
type Sized = { id: string; slug: string; n: number };

/** The cursor (lib/reader/params.ts) that starts page `page` of a newest-first join list. */
async function cursorAt(
  q: Query,
  table: "StoryTag" | "Byline",
  owner: string,
  id: string,
  page: number,
) {
  const [row] = await q<{ storyId: string; publishedAt: Date }>(
    `SELECT "storyId", "publishedAt" FROM "${table}" WHERE "${owner}" = $1 AND "publishedAt" IS NOT NULL
     ORDER BY "publishedAt" DESC, "storyId" DESC OFFSET $2 LIMIT 1`,
    [id, (page - 1) * PAGE - 1],
  );
  return row ? `${row.publishedAt.toISOString()}_${row.storyId}` : undefined;
}

/** Distinct deep pages: each list deep enough for page 500 at pages 500, 501, …; else its last pages. */
async function deepPaths(q: Query, list: Sized[], table: "StoryTag" | "Byline", prefix: string) {
  const owner = table === "StoryTag" ? "tagId" : "userId";
  const deep = list.filter((x) => x.n > DEEP_PAGE * PAGE);
  const from = deep.length ? deep : list.slice(0, 3);
  const paths: string[] = [];
  for (let k = 0; paths.length < N && k < N * 2; k++) {
    const x = from[k % from.length];
    const step = Math.floor(k / from.length);
    const page = deep.length ? DEEP_PAGE + step : Math.ceil(x.n / PAGE) - step;
    if (page < 2 || (page - 1) * PAGE >= x.n) continue;
    const cursor = await cursorAt(q, table, owner, x.id, page);
    if (cursor) paths.push(`${prefix}/${x.slug}?before=${encodeURIComponent(cursor)}`);
  }
  return {
    paths,
    depth: deep.length ? `page ${DEEP_PAGE}+` : "deepest pages (no list reaches 500)",
  };
}

/** The keyset page query the tag and author pages run (lib/stories/public-queries.ts joinListPage). */
const keysetExplain =
  (table: "StoryTag" | "Byline", owner: string, list: Sized[]) => (path: string) => {
    const u = new URL(path, "http://x");
    const slug = decodeURIComponent(u.pathname.split("/")[2]);
    const cursor = u.searchParams.get("before");
    const page = Number(u.searchParams.get("page") ?? 1);
    const id = list.find((x) => x.slug === slug)?.id;
    if (!id) return undefined;
    if (!cursor)
      return {
        sql: `SELECT "storyId", "publishedAt" FROM "${table}" WHERE "${owner}" = $1 AND "publishedAt" IS NOT NULL ORDER BY "publishedAt" DESC, "storyId" DESC LIMIT 21 OFFSET ${(page - 1) * PAGE}`,
        params: [id],
      };
    const [at, storyId] = [cursor.slice(0, 24), cursor.slice(25)];
    return {
      sql: `SELECT "storyId", "publishedAt" FROM "${table}" WHERE "${owner}" = $1 AND ("publishedAt", "storyId") < ($2::timestamp(3), $3) ORDER BY "publishedAt" DESC, "storyId" DESC LIMIT 21`,
      params: [id, at, storyId],
    };
  };

/**
 * The matches of a search as lib/search/public-queries.ts gathers them: the planner's estimate picks
 * the whole archive (gathered, then sorted) or a window of the newest stories (searchWindow), read
 * from SearchRecent when it holds the whole window; a common word in most stories, or a phrase or
 * minus word whose window is smaller than its matches, walks the window newest first (searchMethod).
 */
const searchExplain = (q: Query) => async (path: string) => {
  const query = new URL(path, "http://x").searchParams.get("q") ?? "";
  const tsquery = `websearch_to_tsquery('english', $1)`;
  const [plan] = await q<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }>(
    `EXPLAIN (FORMAT JSON) SELECT 1 FROM "Story" s WHERE s.status = 'PUBLISHED' AND s."searchVector" @@ ${tsquery}`,
    [query],
  );
  const [{ n, text }] = await q<{ n: number; text: string }>(
    `SELECT GREATEST(reltuples, 0)::float8 AS n, ${tsquery}::text AS text FROM pg_class WHERE oid = to_regclass('"Story"')`,
    [query],
  );
  const matches = plan["QUERY PLAN"][0].Plan["Plan Rows"];
  const window = searchWindow(matches, n);
  const walk = searchMethod(matches, n, needsRecheck(text)) === "walk";
  let source = `"Story" s WHERE s.status = 'PUBLISHED' AND`;
  let bound = "";
  if (window !== null) {
    const [edge] = await q<{ at: Date | null; recent: Date | null }>(
      `SELECT (SELECT w."publishedAt" FROM "Story" w WHERE w.status = 'PUBLISHED' ORDER BY w."publishedAt" DESC OFFSET ${window - 1} LIMIT 1) AS at,
        (SELECT min(r."publishedAt") FROM "SearchRecent" r) AS recent`,
    );
    if (edge?.at) {
      bound = `AND s."publishedAt" >= '${edge.at.toISOString()}'`;
      if (edge.recent && edge.at >= edge.recent) source = `"SearchRecent" s WHERE`;
    }
  }
  return {
    sql: `WITH found AS ${walk ? "" : "MATERIALIZED"} (SELECT s.id, s."publishedAt" FROM ${source} s."searchVector" @@ ${tsquery} ${bound})
      SELECT id FROM found ORDER BY "publishedAt" DESC LIMIT ${MAX_RANKED + 1}`,
    params: [query],
  };
};

/** The newsroom list's page (lib/stories/queries.ts listStoriesForDesk), for its filters. */
const deskExplain = (path: string) => {
  const p = new URL(path, "http://x").searchParams;
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace("?", `$${params.length}`));
  };
  if (p.get("status")) where.push(`s.status = '${p.get("status")?.replace(/\W/g, "")}'`);
  if (p.get("author"))
    add(
      `EXISTS (SELECT 1 FROM "Byline" b WHERE b."storyId" = s.id AND b."userId" = ?)`,
      p.get("author"),
    );
  if (p.get("tag"))
    add(
      `EXISTS (SELECT 1 FROM "StoryTag" t WHERE t."storyId" = s.id AND t."tagId" = ?)`,
      p.get("tag"),
    );
  if (p.get("q")) add(`s.headline ILIKE ?`, `%${p.get("q")}%`);
  const filters = [...where];
  const before = p.get("before");
  if (before) {
    params.push(before.slice(0, 24), before.slice(25));
    where.push(`(s."updatedAt", s.id) < ($${params.length - 1}::timestamp(3), $${params.length})`);
  }
  const w = (list: string[]) => (list.length ? `WHERE ${list.join(" AND ")}` : "");
  return {
    sql: `WITH ids AS (SELECT s.id FROM "Story" s ${w(where)} ORDER BY s."updatedAt" DESC, s.id DESC LIMIT 51)
      SELECT (SELECT count(*) FROM (SELECT 1 FROM "Story" s ${w(filters)} LIMIT 1001) c) AS total, s.id, s.headline
      FROM ids JOIN "Story" s ON s.id = ids.id`,
    params,
  };
};

/** The cursor (lib/reader/params.ts) that starts page `page` of the newsroom list, newest change first. */
async function deskCursorAt(q: Query, page: number) {
  const [row] = await q<{ at: string; id: string }>(
    `SELECT to_char("updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, id FROM "Story"
     ORDER BY "updatedAt" DESC, id DESC OFFSET $1 LIMIT 1`,
    [(page - 1) * 50 - 1],
  );
  return row ? `${row.at}_${row.id}` : undefined;
}

async function main() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const q: Query = async <T>(sql: string, params: unknown[] = []) =>
    (await client.query(sql, params)).rows as T[];

  let server: ChildProcess | undefined;
  let base = arg("url");
  if (!base) {
    const port = Number(arg("port") ?? 4801);
    base = `http://127.0.0.1:${port}`;
    server = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: arg("server") ?? ".",
      env: {
        ...process.env,
        PORT: String(port),
        AUTH_SECRET: "bench-only-secret-not-for-production-use",
        NEWSROOM_SCHEDULER: "off",
        // The bench signs in through /api/auth/callback/credentials, which a second factor refuses.
        NEWSROOM_TWO_FACTOR: "optional",
      },
      stdio: "ignore",
    });
  }
  try {
    const published = await ensureCorpus(q);
    await waitFor(`${base}/robots.txt`, 180_000);
    console.log(
      `corpus: ${published.toLocaleString("en")} published stories; up to ${N} URLs per kind`,
    );
    // The server's memory settings decide how much of the archive stays hot: print them with the table.
    const [server] = await q<{ version: string; buffers: string; cache: string; size: string }>(
      `SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS buffers,
        current_setting('effective_cache_size') AS cache, pg_size_pretty(pg_database_size(current_database())) AS size`,
    );
    console.log(
      `PostgreSQL ${server.version}: shared_buffers ${server.buffers}, effective_cache_size ${server.cache}; database ${server.size}`,
    );

    // Samples: random stories; tags and authors by size (the biggest for deep pages, the smallest too).
    // Articles whose related list is stored (what a publish, or the backfill, leaves), and, while
    // an imported archive is still being backfilled, articles ranked per request.
    const stories = await q<{ slug: string }>(
      `SELECT s.slug FROM "Story" s TABLESAMPLE SYSTEM (5) WHERE s.status = 'PUBLISHED'
       AND EXISTS (SELECT 1 FROM "RelatedList" r WHERE r."storyId" = s.id) ORDER BY random() LIMIT $1`,
      [N],
    );
    if (stories.length < N)
      stories.push(
        ...(await q<{ slug: string }>(
          `SELECT s.slug FROM "RelatedList" r JOIN "Story" s ON s.id = r."storyId"
           WHERE s.status = 'PUBLISHED' ORDER BY random() LIMIT $1`,
          [N - stories.length],
        )),
      );
    const unranked = await q<{ slug: string }>(
      `SELECT s.slug FROM "Story" s TABLESAMPLE SYSTEM (5) WHERE s.status = 'PUBLISHED'
       AND NOT EXISTS (SELECT 1 FROM "RelatedList" r WHERE r."storyId" = s.id) ORDER BY random() LIMIT $1`,
      [N],
    );
    const [{ lists }] = await q<{ lists: number }>(
      `SELECT count(*)::int AS lists FROM "RelatedList"`,
    );
    console.log(
      `related lists stored: ${lists.toLocaleString("en")} of ${published.toLocaleString("en")} published stories`,
    );
    const tags = await q<Sized>(
      `SELECT id, slug, "publishedStoryCount" AS n FROM "Tag" WHERE "publishedStoryCount" > 0 ORDER BY n DESC`,
    );
    const authors = await q<Sized>(
      `SELECT id, slug, "publishedStoryCount" AS n FROM "User" WHERE "publishedStoryCount" > 0 ORDER BY n DESC`,
    );
    const pick = <T>(list: T[], n: number) => [...list].sort(() => Math.random() - 0.5).slice(0, n);
    const deepTags = await deepPaths(q, tags, "StoryTag", "/tags");
    const deepAuthors = await deepPaths(q, authors, "Byline", "/authors");

    // Search: words drawn as readers would (common ones often), distinct URLs.
    const words = commonWords(400);
    const rnd = () => words[Math.floor(Math.pow(words.length, Math.random())) - 1] ?? words[0];
    const s = (query: string, page = 1) =>
      `/search?q=${encodeURIComponent(query)}${page > 1 ? `&page=${page}` : ""}`;
    const distinct = (make: (i: number) => string) =>
      [...new Set(Array.from({ length: N * 3 }, (_, i) => make(i)))].slice(0, N);
    const tagList = keysetExplain("StoryTag", "tagId", tags);
    const authorList = keysetExplain("Byline", "userId", authors);
    const search = (kind: string, paths: string[], target = 50): Kind => ({
      kind: `search: ${kind}`,
      target,
      paths,
      explain: searchExplain(q),
    });

    const reader: Kind[] = [
      { kind: "article + related", target: 20, paths: stories.map((x) => `/news/${x.slug}`) },
      ...(unranked.length
        ? [
            {
              kind: "article + related (not backfilled yet: ranked per request)",
              target: 20,
              paths: unranked.map((x) => `/news/${x.slug}`),
            },
          ]
        : []),
      {
        kind: "tag page 1 (random tags)",
        target: 20,
        paths: pick(tags, N).map((t) => `/tags/${t.slug}`),
        explain: tagList,
      },
      {
        kind: "tag page 1 (most used tags)",
        target: 20,
        paths: tags.slice(0, N).map((t) => `/tags/${t.slug}`),
        explain: tagList,
      },
      {
        kind: "tag page 1 (least used tags)",
        target: 20,
        paths: tags.slice(-N).map((t) => `/tags/${t.slug}`),
        explain: tagList,
      },
      {
        kind: `tag ${deepTags.depth} (?before=)`,
        target: 20,
        paths: deepTags.paths,
        explain: tagList,
      },
      {
        kind: "tag page 2-50 (?page=, old links)",
        target: 20,
        paths: tags.slice(0, N).map((t, i) => `/tags/${t.slug}?page=${2 + (i % 49)}`),
        explain: tagList,
      },
      {
        kind: "author page 1",
        target: 20,
        paths: authors.map((a) => `/authors/${a.slug}`),
        explain: authorList,
      },
      {
        kind: `author ${deepAuthors.depth} (?before=)`,
        target: 20,
        paths: deepAuthors.paths,
        explain: authorList,
      },
      search(
        "one word",
        distinct(() => s(rnd())),
      ),
      search(
        "three words",
        distinct(() => s(`${rnd()} ${rnd()} ${rnd()}`)),
      ),
      search(
        "phrase",
        distinct(() => s(`"${rnd()} ${rnd()}"`)),
      ),
      search(
        "word minus word",
        distinct(() => s(`${rnd()} -${rnd()}`)),
      ),
      search(
        "page 50",
        distinct(() => s(rnd(), 50)),
      ),
      search(
        "rare word",
        distinct(() => s(VOCABULARY[5_000 + Math.floor(Math.random() * 19_000)])),
      ),
      search(
        "worst-case set",
        WORST_CASE_QUERIES.map((w) => s(w.q, w.page)),
        500,
      ),
      { kind: "feed: site", target: 20, paths: ["/feed.xml"] },
      {
        kind: "feed: tag",
        target: 20,
        paths: pick(tags, N).map((t) => `/tags/${t.slug}/feed.xml`),
      },
    ];
    const rows: Row[] = [];
    for (const kind of reader.filter(chosen)) rows.push((await measure(base, kind)).row);

    // The newsroom's story list, signed in: every filter, headline search, and deeper pages.
    const cookie = await signInEditor(base, q);
    const statuses = ["PUBLISHED", "DRAFT", "SCHEDULED"];
    const desk = (kind: string, paths: string[]): Kind => ({
      kind: `newsroom list: ${kind}`,
      target: 50,
      paths,
      cookie,
      explain: deskExplain,
    });
    // One after another: the bench has one connection, and pg 8 deprecates overlapping queries on it.
    const deskCursors: string[] = [];
    for (let page = 2; page <= N; page++) {
      const cursor = await deskCursorAt(q, page);
      if (cursor) deskCursors.push(`/admin?before=${encodeURIComponent(cursor)}`);
    }
    const newsroom: Kind[] = [
      // As many pages as the other kinds have URLs: with 20, the p95 was the slowest page or the next.
      desk(`no filter, pages 1-${N} (?before=)`, ["/admin", ...deskCursors]),
      desk(
        "status",
        statuses.map((x) => `/admin?status=${x}`),
      ),
      desk(
        "author",
        authors.slice(0, N).map((a) => `/admin?author=${a.id}`),
      ),
      desk(
        "tag",
        pick(tags, N).map((t) => `/admin?tag=${t.id}`),
      ),
      desk(
        "headline search",
        distinct(() => `/admin?q=${encodeURIComponent(rnd())}`),
      ),
      desk(
        "headline search + status + author",
        distinct(
          (i) =>
            `/admin?q=${encodeURIComponent(rnd())}&status=PUBLISHED&author=${authors[i % authors.length].id}`,
        ),
      ),
    ];
    for (const kind of newsroom.filter(chosen)) rows.push((await measure(base, kind)).row);

    // Sitemaps: the index, then every sitemap it lists; count story URLs for coverage.
    const index = await measure(base, {
      kind: "sitemap index (/sitemap.xml)",
      target: 200,
      paths: ["/sitemap.xml"],
    });
    rows.push(index.row);
    const xml = index.bodies[0];
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    const pages = await measure(base, { kind: "sitemap pages", target: 200, paths: locs });
    rows.push(pages.row);
    let listed = 0;
    for (const body of pages.bodies) listed += (body.match(/<loc>[^<]*\/news\//g) ?? []).length;

    printTable(rows);
    console.log(
      `\nsitemap: an index of ${locs.length} sitemaps; ${listed.toLocaleString("en")} story URLs listed of ${published.toLocaleString("en")} published (${((100 * listed) / Math.max(1, published)).toFixed(1)}%)`,
    );

    // The plan of the row furthest over its target (or nearest to it), for its slowest URL.
    const worst = rows
      .filter((r) => r.kind.explain && r.times.length)
      .sort((a, b) => judged(b) / b.kind.target - judged(a) / a.kind.target)[0];
    const plan = await worst?.kind.explain?.(worst.slowest);
    if (worst && plan) {
      console.log(
        `\nslowest against its target: ${worst.kind.kind}, ${decodeURIComponent(worst.slowest)}; its main query:`,
      );
      const lines = await q<{ "QUERY PLAN": string }>(
        `EXPLAIN (ANALYZE, BUFFERS) ${plan.sql}`,
        plan.params,
      );
      console.log(lines.map((l) => l["QUERY PLAN"]).join("\n"));
    }
    if (rows.some((r) => !passes(r))) process.exitCode = 2;
  } finally {
    await client.end();
    server?.kill("SIGTERM");
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
