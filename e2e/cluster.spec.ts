import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  expect,
  request as playwrightRequest,
  test,
  type Browser,
  type Page,
} from "@playwright/test";
import pg from "pg";
import { hasRedisServer, startRedisServer, type RedisServer } from "../tests/cluster/redis-server";
import { DEMO_PASSWORD } from "./accounts";
import { apiSignIn } from "./auth-helpers";
import { unique } from "./editor-helpers";

// Two real `next start` instances of the production build on one PostgreSQL and one Redis, with
// nginx in front when installed, all started by `npm run cluster` (scripts/cluster.ts): an editor
// publishes on A and a reader of B (and of nginx) sees it within a second; an unpublish on B is a
// 410 on A within a second; a scheduled story is published once with both running; presence is the
// same on both; a wrong-password run across both is throttled as one; and with Redis gone, readers still get pages, and changes show within ~1 s.
//
// Needs TEST_DATABASE_URL (one PostgreSQL both instances reach); a private redis-server on its own
// port when the binary is there (so the test can stop it), else REDIS_URL with a unique prefix.

const baseDb = process.env.TEST_DATABASE_URL;
const port = Number(process.env.CLUSTER_E2E_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 50);
const [FRONT, A, B] = [port, port + 1, port + 2].map((p) => `http://127.0.0.1:${p}`);
const schema = `cluster_${randomBytes(4).toString("hex")}`;

if (!baseDb)
  console.warn(
    "[cluster] SKIPPED e2e/cluster.spec.ts: TEST_DATABASE_URL is not set (needs one PostgreSQL)",
  );

test.describe.configure({ mode: "serial" });
test.skip(!baseDb, "needs TEST_DATABASE_URL");

let cluster: ChildProcess | undefined;
let redis: RedisServer | undefined;
const output: string[] = [];
let withNginx = false;
let sql: pg.Client;

function databaseUrl(): string {
  const url = new URL(baseDb as string);
  url.searchParams.set("schema", schema);
  return url.toString();
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  redis = hasRedisServer ? await startRedisServer() : undefined;
  cluster = spawn("npx", ["tsx", "scripts/cluster.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl(),
      REDIS_URL: redis?.url ?? process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
      REDIS_PREFIX: `e2e-${schema}:`,
      AUTH_SECRET: "e2e-cluster-only-secret-not-for-production",
      NEWSROOM_SCHEDULER_INTERVAL_MS: "1000",
      NEWSROOM_DATA_DIR: ".data/e2e-cluster",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const collect = (chunk: Buffer) => output.push(...chunk.toString().split("\n").filter(Boolean));
  cluster.stdout?.on("data", collect);
  cluster.stderr?.on("data", collect);
  await expect
    .poll(() => output.some((l) => l.includes("cluster ready")) || cluster?.exitCode !== null, {
      timeout: 280_000,
      intervals: [500],
    })
    .toBe(true);
  if (!output.some((l) => l.includes("cluster ready")))
    throw new Error(`npm run cluster failed:\n${output.slice(-20).join("\n")}`);
  withNginx = output.some((l) => l.includes(`nginx on ${FRONT}`));
  sql = new pg.Client({ connectionString: baseDb });
  await sql.connect();
});

test.afterAll(async () => {
  if (cluster?.pid && cluster.exitCode === null) {
    const exited = new Promise((r) => cluster?.once("exit", r));
    process.kill(-cluster.pid, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }
  await redis?.stop();
  if (sql) {
    await sql.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await sql.end();
  }
});

async function signIn(browser: Browser, email: string, on: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${on}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

/** Milliseconds until `get(url)` satisfies ok; fails past the limit. */
async function visibleWithin(
  url: string,
  ok: (status: number, body: string) => boolean,
  limitMs: number,
  since: number,
): Promise<number> {
  for (;;) {
    const response = await fetch(url, { redirect: "manual" });
    const body = await response.text();
    const elapsed = Date.now() - since;
    if (ok(response.status, body)) return elapsed;
    if (elapsed > limitMs) throw new Error(`${url}: still ${response.status} after ${elapsed} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Presses a workflow button in the editor, waits for the status it leads to, and says when. */
async function changeStatus(editor: Page, button: string, status: string): Promise<number> {
  await editor.getByRole("button", { name: button }).click();
  await expect(editor.getByTestId("story-status")).toHaveText(status);
  return Date.now();
}

async function readyDraft(editor: Page, on: string, headline: string, text: string) {
  await editor.goto(`${on}/admin/stories/new`);
  await editor.getByLabel("Headline").fill(headline);
  await editor.getByRole("button", { name: "Create draft" }).click();
  await expect(editor).toHaveURL(/\/admin\/stories\/[a-z0-9]+$/);
  const body = editor.getByRole("textbox", { name: "Story text" });
  await body.click();
  await editor.keyboard.type(text);
  await editor.getByLabel("Add a tag").fill("port");
  await editor.getByRole("listbox", { name: "Matching tags" }).getByRole("option").first().click();
  await expect(editor.getByTestId("save-status")).toContainText("Saved at", { timeout: 15_000 });
  await expect(editor.getByTestId("gate-summary")).toContainText("Ready");
  return {
    id: editor.url().split("/").pop() as string,
    slug: await editor.getByLabel("Slug").inputValue(),
  };
}

test("publish on A is read on B (and through nginx) within 1 s; unpublish on B is a 410 on A within 1 s", async ({
  browser,
}) => {
  const editor = await signIn(browser, "editor@newsroom.test", A);
  const headline = `Night ferry returns to the islands ${unique()}`;
  const story = await readyDraft(editor, A, headline, "The night ferry sails again from Monday.");
  const readers = withNginx ? [B, FRONT] : [B];
  // Readers of B and nginx already hold the pages: the draft's address (404) and the front page.
  for (const r of readers) {
    expect((await fetch(`${r}/news/${story.slug}`)).status).toBe(404);
    expect(await (await fetch(`${r}/`)).text()).not.toContain(headline);
  }

  const published = await changeStatus(editor, "Publish now", "Published");
  for (const r of readers) {
    const ms = await visibleWithin(
      `${r}/news/${story.slug}`,
      (status, body) => status === 200 && body.includes("The night ferry sails again"),
      1_000,
      published,
    );
    console.log(`[cluster] publish on A -> article on ${r}: ${ms} ms`);
    await visibleWithin(`${r}/`, (_, body) => body.includes(headline), 1_000, published);
  }

  // The same editor (one session cookie, valid on every instance) unpublishes on B.
  await editor.goto(`${B}/admin/stories/${story.id}`);
  await expect(editor.getByTestId("story-status")).toHaveText("Published");
  const onA = withNginx ? [A, FRONT] : [A];
  for (const r of onA) expect((await fetch(`${r}/news/${story.slug}`)).status).toBe(200);
  editor.once("dialog", (d) => void d.accept());
  const unpublished = await changeStatus(editor, "Unpublish", "Unpublished");
  for (const r of onA) {
    const ms = await visibleWithin(
      `${r}/news/${story.slug}`,
      (status) => status === 410,
      1_000,
      unpublished,
    );
    console.log(`[cluster] unpublish on B -> 410 on ${r}: ${ms} ms`);
  }
  await editor.context().close();
});

test("a scheduled story is published once with both instances running", async ({ browser }) => {
  const editor = await signIn(browser, "editor@newsroom.test", B);
  const headline = `Harbour crane tender awarded ${unique()}`;
  const story = await readyDraft(editor, B, headline, "The port awarded the crane tender today.");
  await editor.context().close();
  // Due now (as if scheduled earlier through the desk): both schedulers check every second.
  const before = output.filter((l) => /scheduler: published/.test(l)).length;
  await sql.query(
    `UPDATE "${schema}"."Story" SET status = 'SCHEDULED', "scheduledAt" = (now() AT TIME ZONE 'UTC') - interval '1 second' WHERE id = $1`,
    [story.id],
  );
  for (const r of [A, B])
    await visibleWithin(`${r}/news/${story.slug}`, (status) => status === 200, 10_000, Date.now());
  await new Promise((r) => setTimeout(r, 2_500)); // a few more ticks of both schedulers
  const audits = await sql.query(
    `SELECT count(*)::int AS n FROM "${schema}"."AuditLog" WHERE action = 'story.publish' AND "entityId" = $1`,
    [story.id],
  );
  expect(audits.rows[0].n).toBe(1);
  const lines = output.slice().filter((l) => /scheduler: published/.test(l));
  expect(lines.length - before).toBe(1);
});

test("presence: a writer on A and one on B see each other", async ({ browser }) => {
  const editor = await signIn(browser, "editor@newsroom.test", A);
  const story = await readyDraft(
    editor,
    A,
    `Presence check ${unique()}`,
    "Two desks, two instances.",
  );
  const admin = await signIn(browser, "admin@newsroom.test", B);
  await admin.goto(`${B}/admin/stories/${story.id}`);
  await expect(admin.getByTestId("presence")).toContainText("Ingrid Solvang");
  await editor.reload(); // the first heartbeat of a freshly opened editor
  await expect(editor.getByTestId("presence")).toContainText("Tomas Reinholt");
  await editor.context().close();
  await admin.context().close();
});

test("a wrong-password run spread across both instances is throttled as one", async () => {
  // Alternating A and B from one address: with counters per instance each would see every other
  // attempt and refuse from about the 9th; shared (Redis or PostgreSQL), refusals start by the 6th.
  const from = { "x-forwarded-for": "203.0.113.77" };
  const clients = await Promise.all(
    [A, B].map((baseURL) => playwrightRequest.newContext({ baseURL })),
  );
  const answers: string[] = [];
  for (let i = 0; i < 12; i++) {
    const location = await apiSignIn(clients[i % 2], "reporter@newsroom.test", `wrong-${i}`, from);
    answers.push(new URL(location, A).searchParams.get("code") ?? "signed-in");
  }
  await Promise.all(clients.map((c) => c.dispose()));
  console.log(`[cluster] wrong passwords alternating A/B: ${answers.join(" ")}`);
  expect(answers.slice(0, 3)).toEqual(["credentials", "credentials", "credentials"]);
  const first = answers.indexOf("throttled");
  expect(first).toBeGreaterThanOrEqual(3);
  expect(first).toBeLessThanOrEqual(5);
  // Both instances refuse.
  expect(answers.filter((a, i) => a === "throttled" && i % 2 === 0).length).toBeGreaterThan(0);
  expect(answers.filter((a, i) => a === "throttled" && i % 2 === 1).length).toBeGreaterThan(0);
});

test("Redis goes away: readers get no errors and changes show within the fallback TTL; it comes back", async ({
  browser,
}) => {
  test.skip(!redis, "needs a private redis-server to stop");
  const editor = await signIn(browser, "editor@newsroom.test", A);
  const headline = `Lighthouse keepers strike ${unique()}`;
  const story = await readyDraft(editor, A, headline, "The keepers stopped work at noon.");
  expect((await fetch(`${B}/news/${story.slug}`)).status).toBe(404);

  await redis?.stop();
  await expect
    .poll(() => output.filter((l) => /\[cluster\] Redis .* unreachable/.test(l)).length, {
      timeout: 10_000,
    })
    .toBeGreaterThanOrEqual(2); // both instances say so
  for (const r of [A, B]) expect((await fetch(`${r}/`)).status).toBe(200);
  const published = await changeStatus(editor, "Publish now", "Published");
  const ms = await visibleWithin(
    `${B}/news/${story.slug}`,
    (status) => status === 200,
    2_500,
    published,
  );
  console.log(`[cluster] publish on A -> B without Redis: ${ms} ms`);

  await redis?.start();
  await expect
    .poll(() => output.filter((l) => /\[cluster\] Redis .* is back/.test(l)).length, {
      timeout: 15_000,
    })
    .toBeGreaterThanOrEqual(2);
  await editor.context().close();
});
