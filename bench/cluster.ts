// Several-instances benchmark: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/cluster.ts
// Starts two instances of the production build on one PostgreSQL (a throw-away schema in
// DATABASE_URL's database, seeded with the demo newsroom) and one Redis (REDIS_URL, default the
// local one, under a throw-away key prefix), with nginx and its purger in front, and prints:
//  - publish-to-visible on each instance and through nginx, p50 and max over 20 publishes: an
//    editor signed in on A saves a new headline on a live story through A's autosave route (a save
//    of a published story republishes it and invalidates exactly what a publish does), and the
//    clock runs from A's answer until each reader sees the new headline;
//  - reader throughput through nginx with two instances and with one behind it, in the same run:
//    the article page (the front cache answers most), and the same page with a unique query string
//    on every request (each a front-cache miss that an instance answers from its page cache).
// Ports: BENCH_PORT (default 4200) and the next three. BENCH_DURATION seconds each (default 10).
import { randomBytes } from "node:crypto";
import autocannon from "autocannon";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrate } from "@/lib/db/migrate";
import { nginxAvailable, startCluster, startNginx, type Nginx } from "../scripts/lib/cluster";
import { fail, log } from "../scripts/lib/runtime";
import { DEMO_PASSWORD, seedDemo } from "../scripts/seed-demo";

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PUBLISHES = 20;
const PORT = Number(process.env.BENCH_PORT ?? 4200);

class Jar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const at = pair.indexOf("=");
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }
  get header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/** Signs in through Auth.js' credentials endpoint, as the login form does. */
async function signIn(base: string, email: string): Promise<Jar> {
  const jar = new Jar();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header },
    body: new URLSearchParams({ email, password: DEMO_PASSWORD, csrfToken, callbackUrl: "/admin" }),
  });
  jar.take(response);
  if (!jar.header.includes("session-token")) throw new Error(`sign-in on ${base} failed`);
  return jar;
}

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function visibleAfter(url: string, text: string, since: number): Promise<number> {
  for (;;) {
    const body = await (await fetch(url)).text();
    if (body.includes(text)) return Date.now() - since;
    if (Date.now() - since > 10_000) throw new Error(`${url}: "${text}" not visible after 10 s`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function throughput(url: string, unique: boolean) {
  let n = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: unique
      ? [{ setupRequest: (req) => ({ ...req, path: `${new URL(url).pathname}?r=${n++}` }) }]
      : undefined,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}
const fmt = (r: Awaited<ReturnType<typeof throughput>>) =>
  `${Math.round(r.rps).toLocaleString("en").padStart(7)} req/s   p50 ${r.p50} ms   p99 ${r.p99} ms   ${r.errors} errors`;

async function main() {
  const base = process.env.DATABASE_URL;
  if (!base)
    fail("DATABASE_URL is required (a PostgreSQL database; the bench uses a schema of its own)");
  if (!nginxAvailable()) fail("nginx is not installed (apt-get install -y nginx)");
  const schema = `bench_${randomBytes(4).toString("hex")}`;
  const url = new URL(base);
  url.searchParams.set("schema", schema);
  const databaseUrl = url.toString();
  const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  let cluster: Awaited<ReturnType<typeof startCluster>> | undefined;
  let single: Nginx | undefined;
  try {
    await migrate({ connectionString: databaseUrl, log });
    const db = createPrismaClient(databaseUrl, { max: 2 });
    await seedDemo(db);
    const story = await db.story.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      orderBy: { wordCount: "desc" },
      include: {
        bylines: { orderBy: { position: "asc" } },
        tags: { orderBy: { position: "asc" } },
      },
    });
    await db.$disconnect();

    cluster = await startCluster({
      databaseUrl,
      redisUrl,
      redisPrefix: `bench-${schema}:`,
      ports: [PORT + 1, PORT + 2],
      nginxPort: PORT,
      env: { AUTH_SECRET: "bench-only-secret-not-for-production-use", NEWSROOM_SCHEDULER: "off" },
    });
    const [a, b] = cluster.instances;
    const front = cluster.nginx?.url as string;
    const article = `/news/${story.slug}`;
    const jar = await signIn(a.url, "editor@newsroom.test");
    log(`signed in on A; ${PUBLISHES} publishes of ${article}`);

    const readers = { "instance A": a.url, "instance B": b.url, "nginx (A+B)": front };
    const seen: Record<string, number[]> = Object.fromEntries(
      Object.keys(readers).map((k) => [k, []]),
    );
    let version = story.version;
    for (let i = 1; i <= PUBLISHES; i++) {
      for (const r of Object.values(readers)) await fetch(r + article); // every reader holds the page
      const headline = `${story.headline.slice(0, 200)} (update ${i}, ${Date.now().toString(36)})`;
      const response = await fetch(`${a.url}/admin/stories/${story.id}/autosave`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: a.url, cookie: jar.header },
        body: JSON.stringify({
          baseVersion: version,
          headline,
          summary: story.summary,
          dateline: story.dateline,
          slug: story.slug,
          bylineIds: story.bylines.map((x) => x.userId),
          tagIds: story.tags.map((x) => x.tagId),
          body: story.body,
        }),
      });
      const saved = (await response.json()) as { ok: boolean; outcome?: { version: number } };
      if (!response.ok || !saved.outcome)
        throw new Error(`save ${i}: ${response.status} ${JSON.stringify(saved)}`);
      const since = Date.now();
      version = saved.outcome.version;
      const times = await Promise.all(
        Object.values(readers).map((r) =>
          visibleAfter(r + article, headline.replace(/&/g, "&amp;"), since),
        ),
      );
      Object.keys(readers).forEach((k, j) => seen[k].push(times[j]));
      await new Promise((r) => setTimeout(r, 300));
    }

    log(`throughput, ${CONNECTIONS} connections, ${DURATION} s each`);
    await throughput(front + article, false); // warm-up
    const twoHot = await throughput(front + article, false);
    const twoMiss = await throughput(front + article, true);
    single = await startNginx({ upstreams: [a.port], port: PORT + 3 });
    await fetch(single.url + article);
    const oneHot = await throughput(single.url + article, false);
    const oneMiss = await throughput(single.url + article, true);
    const sweeps = cluster.purgerLog.filter((l) => /dropped/.test(l));

    console.log(`
Publish to visible (${PUBLISHES} publishes on instance A, ms from A's answer)
${Object.entries(seen)
  .map(
    ([k, v]) =>
      `  ${k.padEnd(14)} p50 ${String(pct(v, 50)).padStart(4)} ms   max ${String(Math.max(...v)).padStart(4)} ms`,
  )
  .join("\n")}
  purger: ${sweeps.length} sweep(s) that dropped something; last: ${sweeps.at(-1) ?? "none"}

Reader throughput through nginx (deploy/nginx/newsroom.conf), ${article}, ${CONNECTIONS} connections, ${DURATION} s
  2 instances, article (front cache)        ${fmt(twoHot)}
  2 instances, every request a cache miss   ${fmt(twoMiss)}
  1 instance,  article (front cache)        ${fmt(oneHot)}
  1 instance,  every request a cache miss   ${fmt(oneMiss)}
`);
  } finally {
    await single?.stop();
    await cluster?.stop();
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
}

main().catch(fail);
