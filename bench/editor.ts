// Typing-speed benchmark of the story editor: npx tsx bench/editor.ts
// Keystroke to the next painted frame in headless Chromium, in a 500-word and a 10,000-word story,
// in the same run (the two are measured in 20 alternating rounds, so machine noise hits both alike).
// Starts the production build (run `next build` first) on the embedded database in .data/bench-editor
// through the same launcher as `npm run demo`, or measures a running app given as BENCH_URL.
// BENCH_KEYS keystrokes per story (default 200), BENCH_KEY_GAP_MS between keystrokes (default 60).
import { spawn, type ChildProcess } from "node:child_process";
import { chromium, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium";
import { percentile } from "./lib/stats";
import { waitFor } from "./lib/wait";

const KEYS = Number(process.env.BENCH_KEYS ?? 200);
const GAP_MS = Number(process.env.BENCH_KEY_GAP_MS ?? 60);
const ROUNDS = 20;
const SIZES = [500, 10_000];

async function startApp(): Promise<{ base: string; app: ChildProcess | null }> {
  if (process.env.BENCH_URL) return { base: process.env.BENCH_URL, app: null };
  const port = Number(process.env.BENCH_PORT ?? 4410);
  const app = spawn("npx", ["tsx", "scripts/run.ts", "demo"], {
    env: {
      ...process.env,
      PORT: String(port),
      SKIP_BUILD: "1",
      NEWSROOM_DATA_DIR: ".data/bench-editor",
      AUTH_SECRET: "bench-only-secret-not-for-production-000",
      DATABASE_URL: "",
    },
    stdio: "ignore",
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/login`, 240_000);
  return { base, app };
}

/** A story of about `words` words in paragraphs of 100, pasted into a new draft as a writer would. */
async function openStory(page: Page, base: string, words: number): Promise<void> {
  await page.goto(`${base}/admin/stories/new`);
  await page.getByLabel("Headline").fill(`Typing bench ${words} words ${Date.now()}`);
  await page.getByRole("button", { name: "Create draft" }).click();
  await page.waitForURL(/\/admin\/stories\/[a-z0-9]+$/);
  const body = page.getByRole("textbox", { name: "Story text" });
  await body.click();
  const vocabulary = "the port authority said pilots ships harbour council night shift pay review";
  const pool = vocabulary.split(" ");
  const paragraphs: string[] = [];
  for (let n = 0; n < words; n += 100) {
    const sentence = Array.from({ length: 100 }, (_, i) => pool[(n + i * 7) % pool.length]);
    paragraphs.push(`<p>${sentence.join(" ")}.</p>`);
  }
  await body.evaluate((el, html) => {
    const data = new DataTransfer();
    data.setData("text/html", html);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
  }, paragraphs.join(""));
  await page.waitForFunction(
    (n) => parseInt(document.querySelector("[data-testid=word-count]")?.textContent ?? "0") >= n,
    words,
  );
  await page.getByTestId("save-status").getByText("Saved at").waitFor({ timeout: 60_000 });
  // Type in the middle of the story: every position after the caret moves on each keystroke.
  const middle = body.locator("p").nth(Math.floor(paragraphs.length / 2));
  await middle.click();
  await page.keyboard.press("End");
  // Each keydown: the time from the event to the frame painted after it (a task queued from the
  // next animation frame runs once that frame is on screen).
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[] };
    w.__latencies = [];
    document.addEventListener(
      "keydown",
      (e) => {
        const start = e.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__latencies.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      true,
    );
  });
}

async function typeKeys(page: Page, count: number) {
  const text = "and then the desk wrote more words ";
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(text[i % text.length] === " " ? "Space" : text[i % text.length]);
    await new Promise((r) => setTimeout(r, GAP_MS));
  }
}

async function main() {
  const { base, app } = await startApp();
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const login = await (await browser.newContext()).newPage();
    await login.goto(`${base}/login`);
    await login.getByLabel("Email").fill("editor@newsroom.test");
    await login.getByLabel("Password").fill("newsroom-demo");
    await login.getByRole("button", { name: "Sign in" }).click();
    await login.waitForURL(/\/admin$/);
    const session = await login.context().storageState();
    await login.context().close();
    // One browser context (so one renderer process) per story: the deferred work one story does
    // while the other is typed in does not land on the other's main thread.
    const pages = new Map<number, Page>();
    for (const words of SIZES) {
      const page = await (await browser.newContext({ storageState: session })).newPage();
      await openStory(page, base, words);
      await typeKeys(page, 10); // warm-up, not counted
      await page.evaluate(() => {
        (window as unknown as { __latencies: number[] }).__latencies = [];
      });
      pages.set(words, page);
    }
    for (let round = 0; round < ROUNDS; round++)
      for (const words of SIZES) {
        const page = pages.get(words) as Page;
        await page.bringToFront();
        await typeKeys(page, Math.ceil(KEYS / ROUNDS));
      }
    const results: Record<number, { p50: number; p95: number; n: number }> = {};
    for (const [words, page] of pages) {
      const latencies = await page.evaluate(
        () => (window as unknown as { __latencies: number[] }).__latencies,
      );
      const count = await page.getByTestId("word-count").innerText();
      results[words] = {
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        n: latencies.length,
      };
      console.log(
        `${String(words).padStart(6)} words (${count}): keystroke to next frame p50 ${results[words].p50.toFixed(1)} ms, p95 ${results[words].p95.toFixed(1)} ms (${latencies.length} keystrokes)`,
      );
    }
    const [small, large] = SIZES.map((w) => results[w].p95);
    console.log(
      `p95 at ${SIZES[1]} words is ${((large / small - 1) * 100).toFixed(1)}% ${large >= small ? "above" : "below"} p95 at ${SIZES[0]} words (target: within 10%)`,
    );
  } finally {
    await browser.close();
    if (app?.pid) process.kill(-app.pid, "SIGTERM");
  }
}

await main();
