// The newsroom on one database under parallel staff: npx tsx bench/embedded-db.ts
// Starts the production build (`next build` first) on DATABASE_URL, or on the embedded database in
// .data/bench-embedded, and prints:
//   1. save latency (the autosave route, one writer) and the reader's uncached article time (the
//      page the save just invalidated), sequentially, p50/p90;
//   2. the same under parallel staff: an author saving, an editor, an admin and two reporters who
//      are not authors opening a story with an anonymous source, and reporters probing an
//      admin-only page. Every answer is checked: signed in as whom, private identity shown to whom,
//      the admin-only page refused to whom; 5xx and database protocol errors in the server's log.
// Sessions are Auth.js JWT cookies signed with the bench's own AUTH_SECRET (no login round trips).
// BENCH_REQUESTS (default 1,500) and BENCH_CONCURRENCY (default 12) size part 2.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { encode } from "next-auth/jwt";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrate } from "@/lib/db/migrate";
import { databaseIsEmpty, seedDemo } from "../scripts/seed-demo";
import { runJobs } from "../tests/helpers/run-jobs";
import { percentile } from "./lib/stats";
import { waitFor } from "./lib/wait";

process.env.NEWSROOM_DATA_DIR ??= ".data/bench-embedded";
const { ensureAuthSecret, fail, freePort, log, resolveDatabase } =
  await import("../scripts/lib/runtime");
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 12);
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 30);
const COOKIE = "authjs.session-token";
// A request with no answer after this long counts as hung (the old multiplexer lost answers).
const REQUEST_TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 30_000);
const timeout = () => AbortSignal.timeout(REQUEST_TIMEOUT_MS);
// What a database session mixed between connections prints (PostgreSQL's own wording).
const PROTOCOL_ERROR =
  /bind message supplies|portal "[^"]*" does not exist|prepared statement "[^"]*" does not exist|unexpected message|Unable to start a transaction/i;

interface Staff {
  id: string;
  name: string;
  email: string;
  role: "REPORTER" | "EDITOR" | "ADMIN";
  sessionVersion: number;
  cookie: string;
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

async function cookieFor(user: Omit<Staff, "cookie">): Promise<string> {
  const token = await encode({
    token: {
      sub: user.id,
      uid: user.id,
      role: user.role,
      sessionVersion: user.sessionVersion,
      name: user.name,
      email: user.email,
    },
    secret: process.env.AUTH_SECRET as string,
    salt: COOKIE,
  });
  return `${COOKIE}=${token}`;
}

/** The editor page serialises its props: the signed-in user is "user":{"id":…,"name":…,"role":…}. */
function signedInAs(html: string): string | null {
  const text = html.replaceAll('\\"', '"');
  return /"user":\{"id":"([^"]+)","name":"[^"]*","role":"/.exec(text)?.[1] ?? null;
}

async function main() {
  ensureAuthSecret();
  const { url, embedded } = await resolveDatabase();
  let app: ChildProcess | undefined;
  const serverLog: string[] = [];
  try {
    await migrate({ connectionString: url, log });
    const db = createPrismaClient(url, { max: 2 });
    if (await databaseIsEmpty(db)) log(`seeded ${(await seedDemo(db)).stories} demo stories`);
    const staffRows = await db.user.findMany({
      where: { active: true },
      select: { id: true, name: true, email: true, role: true, sessionVersion: true },
    });
    // A published story to save (as its first author) and to read uncached afterwards: its whole
    // row, since an autosave posts most of it back.
    const saved = await db.story.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      orderBy: { wordCount: "desc" },
      include: {
        bylines: { orderBy: { position: "asc" }, select: { userId: true } },
        tags: { orderBy: { position: "asc" }, select: { tagId: true } },
      },
    });
    // A story with an anonymous source's private identity, and who may see it.
    const source = await db.source.findFirstOrThrow({
      where: { anonymous: true, privateIdentity: { not: "" } },
      select: {
        privateIdentity: true,
        story: { select: { id: true, bylines: { select: { userId: true } } } },
      },
    });
    await db.$disconnect();

    const withCookies: Staff[] = await Promise.all(
      staffRows.map(async (u) => ({ ...u, role: u.role, cookie: await cookieFor(u) })),
    );
    const byId = new Map(withCookies.map((u) => [u.id, u]));
    const privateAuthors = new Set(source.story.bylines.map((b) => b.userId));
    const admin = withCookies.find((u) => u.role === "ADMIN");
    const editor = withCookies.find((u) => u.role === "EDITOR" && !privateAuthors.has(u.id));
    const author = byId.get([...privateAuthors][0] ?? "");
    const outsiders = withCookies
      .filter((u) => u.role === "REPORTER" && !privateAuthors.has(u.id))
      .slice(0, 2);
    const saver = admin;
    if (!admin || !editor || !author || !saver || outsiders.length < 2)
      throw new Error("the seed lacks the staff this bench needs");

    if (!existsSync(".next/BUILD_ID")) {
      log("no production build: running next build");
      if (spawnSync("npx", ["next", "build"], { stdio: "inherit" }).status !== 0)
        throw new Error("next build failed");
    }
    const port = Number(process.env.BENCH_PORT ?? (await freePort()));
    const nextBin = "node_modules/next/dist/bin/next";
    app = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: url,
        NEWSROOM_SCHEDULER: "off",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    app.stdout?.on("data", (d: Buffer) => serverLog.push(d.toString()));
    app.stderr?.on("data", (d: Buffer) => serverLog.push(d.toString()));
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/robots.txt`, 180_000);
    log(
      `app on ${base}, database ${embedded ? "embedded (PGlite)" : url.replace(/:[^:@/]*@/, ":…@")}`,
    );

    let version = saved.version;
    let n = 0;
    const save = async (who: Staff) => {
      n++;
      const started = performance.now();
      const response = await fetch(`${base}/admin/stories/${saved.id}/autosave`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: base, cookie: who.cookie },
        signal: timeout(),
        body: JSON.stringify({
          baseVersion: version,
          headline: saved.headline,
          summary: `${saved.summary.replace(/ \[bench \d+\]$/, "")} [bench ${n}]`,
          dateline: saved.dateline,
          slug: saved.slug,
          bylineIds: saved.bylines.map((b) => b.userId),
          tagIds: saved.tags.map((t) => t.tagId),
          body: saved.body,
        }),
      });
      const payload = (await response.json()) as {
        ok: boolean;
        outcome?: { saved: boolean; version?: number; conflict?: { version: number } };
      };
      const elapsed = performance.now() - started;
      if (payload.outcome?.saved && payload.outcome.version) version = payload.outcome.version;
      else if (payload.outcome?.conflict) version = payload.outcome.conflict.version;
      return { status: response.status, elapsed };
    };
    const readArticle = async () => {
      const started = performance.now();
      const response = await fetch(`${base}/news/${saved.slug}`, { signal: timeout() });
      await response.text();
      return { status: response.status, elapsed: performance.now() - started };
    };

    // Warm-up: JIT, connections, the page cache's first build.
    for (let i = 0; i < 3; i++) {
      await save(saver);
      await readArticle();
    }
    const saves: number[] = [];
    const reads: number[] = [];
    for (let i = 0; i < SEQUENTIAL; i++) {
      const s = await save(saver);
      if (s.status !== 200) throw new Error(`save answered ${s.status}`);
      saves.push(s.elapsed);
      const r = await readArticle();
      if (r.status !== 200) throw new Error(`article answered ${r.status}`);
      reads.push(r.elapsed);
    }
    log(
      `sequential, ${SEQUENTIAL} rounds: save p50 ${ms(percentile(saves, 50))} p90 ${ms(percentile(saves, 90))}; ` +
        `uncached article p50 ${ms(percentile(reads, 50))} p90 ${ms(percentile(reads, 90))}`,
    );

    // Part 2: parallel staff. Each job is one request and checks its own answer.
    const counts = {
      requests: 0,
      wrongUser: 0,
      leaked: 0,
      bypass: 0,
      status5xx: 0,
      hung: 0,
      other: 0,
    };
    const parallelSaves: number[] = [];
    const parallelReads: number[] = [];
    const viewers = [author, editor, admin, ...outsiders];
    const jobs: (() => Promise<void>)[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const kind = i % 10;
      if (kind === 0)
        jobs.push(async () => {
          const s = await save(saver);
          if (s.status >= 500) counts.status5xx++;
          else if (s.status !== 200 && s.status !== 409) counts.other++;
          else parallelSaves.push(s.elapsed);
        });
      else if (kind === 1)
        jobs.push(async () => {
          const r = await readArticle();
          if (r.status >= 500) counts.status5xx++;
          else parallelReads.push(r.elapsed);
        });
      else if (kind === 2) {
        const who = outsiders[i % 2] as Staff;
        const probeAdmin = i % 4 === 2;
        const asAdmin = probeAdmin && i % 8 === 2;
        const user = asAdmin ? admin : who;
        jobs.push(async () => {
          const response = await fetch(`${base}/admin/users`, {
            headers: { cookie: user.cookie },
            signal: timeout(),
          });
          const html = await response.text();
          if (response.status >= 500) counts.status5xx++;
          else if (user.role !== "ADMIN" && response.status === 200) counts.bypass++;
          else if (user.role === "ADMIN" && response.status !== 200) counts.other++;
          else if (user.role === "ADMIN" && !html.includes(outsiders[0]?.email ?? "\0"))
            counts.other++;
        });
      } else {
        const who = viewers[i % viewers.length] as Staff;
        jobs.push(async () => {
          const response = await fetch(`${base}/admin/stories/${source.story.id}`, {
            headers: { cookie: who.cookie },
            signal: timeout(),
          });
          const html = await response.text();
          const mayView = who.role !== "REPORTER" || privateAuthors.has(who.id);
          if (response.status >= 500) counts.status5xx++;
          else if (html.includes(source.privateIdentity as string) && !mayView) counts.leaked++;
          else if (mayView && response.status !== 200) counts.other++;
          else if (!mayView && response.status !== 403) counts.bypass++;
          else if (mayView && signedInAs(html) !== who.id) counts.wrongUser++;
        });
      }
    }
    const started = performance.now();
    await runJobs(jobs, CONCURRENCY, (e) =>
      (e as Error).name === "TimeoutError" ? counts.hung++ : counts.other++,
    );
    counts.requests += jobs.length;
    const seconds = (performance.now() - started) / 1000;
    const protocolErrors = serverLog
      .join("")
      .split("\n")
      .filter((l) => PROTOCOL_ERROR.test(l));
    log(
      `parallel, ${counts.requests} requests from ${viewers.length} staff, ${CONCURRENCY} at a time, ` +
        `${seconds.toFixed(1)} s (${Math.round(counts.requests / seconds)} req/s): save p50 ${ms(percentile(parallelSaves, 50))} ` +
        `p90 ${ms(percentile(parallelSaves, 90))}; article p50 ${ms(percentile(parallelReads, 50))} p90 ${ms(percentile(parallelReads, 90))}`,
    );
    log(
      `answered as someone else ${counts.wrongUser}, private identity to a non-author ${counts.leaked}, ` +
        `permission bypassed ${counts.bypass}, 5xx ${counts.status5xx}, ` +
        `no answer in ${REQUEST_TIMEOUT_MS / 1000} s ${counts.hung}, other unexpected ${counts.other}, ` +
        `protocol errors in the server log ${protocolErrors.length}`,
    );
    for (const line of protocolErrors.slice(0, 3)) log(`  log: ${line.trim().slice(0, 200)}`);
  } finally {
    app?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    await embedded?.stop();
  }
}

main().catch(fail);
