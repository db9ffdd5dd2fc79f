// Lighthouse on an article with a lead image: npx tsx bench/lighthouse.ts [--runs 3] [--path /news/x]
// Starts the production build (`next build` first if there is none) on a seeded database
// (DATABASE_URL, or the embedded one in .data/bench-lighthouse), picks the longest published demo
// story that has a lead image, and runs Lighthouse in its default mobile preset (emulated phone,
// simulated slow 4G and CPU) through Debian's Chromium (CHROME_PATH, default /usr/bin/chromium).
// Prints each run's performance, accessibility, best-practices and SEO scores, LCP, CLS and TBT, the
// median run, the audits that did not pass, and the page's budget: the article's HTML with its
// inline CSS gzipped (target < 10 KB) and the JavaScript a reader downloads beyond the inline
// relative-time script (target 0). Exits 1 when a target is missed. --json DIR keeps each run's
// full report (run-<n>.json) for a closer look.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrate } from "@/lib/db/migrate";
import { RELATIVE_TIME_SCRIPT } from "@/lib/reader/relative-time";
import { databaseIsEmpty, seedDemo } from "../scripts/seed-demo";
import { startProductionApp } from "./lib/app";

process.env.NEWSROOM_DATA_DIR ??= ".data/bench-lighthouse";
const { ensureAuthSecret, fail, log, resolveDatabase } = await import("../scripts/lib/runtime");

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Math.max(1, Number(arg("--runs") ?? 3));
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const TARGETS = {
  performance: 0.98,
  accessibility: 1,
  "best-practices": 1,
  seo: 1,
  lcpMs: 1500,
  cls: 0,
  htmlCssGz: 10 * 1024,
  extraJs: 0,
};

/** The article's bytes: HTML with its inline CSS, and JavaScript other than the relative-time script. */
async function budget(base: string, pagePath: string) {
  const page = await (await fetch(base + pagePath)).text();
  let css = 0;
  let js = 0;
  const external: string[] = [];
  for (const m of page.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    css += gzipSync(Buffer.from(await (await fetch(new URL(m[1], base))).arrayBuffer())).length;
    external.push(m[1]);
  }
  for (const m of page.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const [, attrs, body] = m;
    if (/type="application\/ld\+json"/.test(attrs)) continue; // data, not code
    const src = attrs.match(/\ssrc="([^"]+)"/)?.[1];
    if (src) {
      js += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
      external.push(src);
    } else if (body.trim() !== RELATIVE_TIME_SCRIPT) js += gzipSync(body).length;
  }
  const inlineCss = [...page.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce(
    (n, m) => n + Buffer.byteLength(m[1]),
    0,
  );
  const related = page.slice(page.indexOf('<section aria-labelledby="related">'));
  return {
    pictures: (page.match(/<picture/g) ?? []).length,
    relatedThumbs: (related.match(/<picture class="thumb">/g) ?? []).length,
    html: Buffer.byteLength(page),
    htmlGz: gzipSync(page).length,
    inlineCss,
    cssGz: css,
    extraJsGz: js,
    external,
  };
}

interface RunResult {
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  clsValue: number;
  tbtMs: number;
  fcpMs: number;
  siMs: number;
  /** Main-thread work by category (ms), the largest first: where a blocking time comes from. */
  mainThread: string;
  failing: string[];
}

async function runLighthouse(url: string, keep?: string): Promise<RunResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage"],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error("Lighthouse returned no result");
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    if (keep) writeFileSync(keep, JSON.stringify(lhr, null, 1));
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? 0]),
    ) as RunResult["scores"];
    const failing = new Map<string, string>();
    for (const c of CATEGORIES)
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || audit.score === null || audit.score >= 1) continue;
        if (!["binary", "numeric", "metricSavings"].includes(audit.scoreDisplayMode)) continue;
        // Metrics are printed on their own; an opportunity that saves nothing is not a failure.
        if (ref.group === "metrics" && c === "performance") continue;
        failing.set(
          ref.id,
          `${c}: ${ref.id} (${audit.score.toFixed(2)}${ref.weight ? `, weight ${ref.weight}` : ""})${audit.displayValue ? ` ${audit.displayValue}` : ""} — ${audit.title}`,
        );
      }
    return {
      scores,
      lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
      clsValue: lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
      tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
      fcpMs: lhr.audits["first-contentful-paint"]?.numericValue ?? NaN,
      siMs: lhr.audits["speed-index"]?.numericValue ?? NaN,
      mainThread: (
        (
          lhr.audits["mainthread-work-breakdown"]?.details as
            { items?: { groupLabel: string; duration: number }[] } | undefined
        )?.items ?? []
      )
        .slice(0, 4)
        .map((i) => `${i.groupLabel} ${i.duration.toFixed(0)} ms`)
        .join(", "),
      failing: [...failing.values()],
    };
  } finally {
    chrome.kill();
  }
}

const pct = (s: number) => String(Math.round(s * 100)).padStart(3);
const line = (r: RunResult) =>
  `${CATEGORIES.map((c) => `${c} ${pct(r.scores[c])}`).join("  ")}  FCP ${(r.fcpMs / 1000).toFixed(2)} s  LCP ${(r.lcpMs / 1000).toFixed(2)} s  SI ${(r.siMs / 1000).toFixed(2)} s  TBT ${r.tbtMs.toFixed(0)} ms  CLS ${r.clsValue.toFixed(3)}`;

async function main() {
  ensureAuthSecret();
  const { url, embedded } = await resolveDatabase();
  let app: Awaited<ReturnType<typeof startProductionApp>> | undefined;
  try {
    await migrate({ connectionString: url, log });
    const db = createPrismaClient(url, { max: 2 });
    if (await databaseIsEmpty(db)) log(`seeded ${(await seedDemo(db)).stories} demo stories`);
    const given = arg("--path");
    const story = given
      ? null
      : await db.story.findFirst({
          where: { status: "PUBLISHED", leadImageId: { not: null } },
          orderBy: { wordCount: "desc" },
          select: { slug: true, wordCount: true },
        });
    await db.$disconnect();
    if (!given && !story) throw new Error("no published story with a lead image to measure");
    const articlePath = given ?? `/news/${story?.slug}`;
    app = await startProductionApp(url);
    const { base } = app;
    // Warm the page (and its pictures) once, so the first run does not measure a cold cache.
    const weight = await budget(base, articlePath);
    log(`article ${articlePath}${story ? ` (${story.wordCount} words)` : ""}`);

    const keep = arg("--json");
    if (keep) mkdirSync(keep, { recursive: true });
    const runs: RunResult[] = [];
    for (let i = 1; i <= RUNS; i++) {
      const r = await runLighthouse(base + articlePath, keep && path.join(keep, `run-${i}.json`));
      runs.push(r);
      log(`run ${i}: ${line(r)}`);
    }
    const median = [...runs].sort((a, b) => a.scores.performance - b.scores.performance)[
      Math.floor((runs.length - 1) / 2)
    ];
    // Each audit that did not pass in some run, as in the last run where it did not.
    const failing = [
      ...new Map(runs.flatMap((r) => r.failing).map((f) => [f.split(" (")[0], f])).values(),
    ];
    const misses = [
      ...CATEGORIES.filter((c) => median.scores[c] < TARGETS[c]).map(
        (c) => `${c} ${pct(median.scores[c])} < ${TARGETS[c] * 100}`,
      ),
      ...(median.lcpMs >= TARGETS.lcpMs ? [`LCP ${median.lcpMs.toFixed(0)} ms >= 1500 ms`] : []),
      ...(median.clsValue > TARGETS.cls ? [`CLS ${median.clsValue} > 0`] : []),
      ...(weight.htmlGz + weight.cssGz >= TARGETS.htmlCssGz
        ? [`HTML + CSS ${weight.htmlGz + weight.cssGz} bytes gzipped >= 10 KB`]
        : []),
      ...(weight.extraJsGz > TARGETS.extraJs ? [`reader JS ${weight.extraJsGz} bytes > 0`] : []),
    ];
    console.log(`
Lighthouse ${RUNS} run(s), mobile preset (simulated throttling), ${base}${articlePath}
  median     ${line(median)}
  main thread (median run, simulated CPU) ${median.mainThread}
  targets    performance >= 98, accessibility / best-practices / SEO 100, LCP < 1.5 s, CLS 0
  not passed ${failing.length ? `\n    ${failing.join("\n    ")}` : "none"}
  pictures   ${weight.pictures} on the page, ${weight.relatedThumbs} of them thumbnails in the related feed (lazy)
  HTML       ${weight.html.toLocaleString("en")} bytes raw (${weight.inlineCss.toLocaleString("en")} of inline CSS), ${weight.htmlGz.toLocaleString("en")} gzipped
  CSS        ${weight.cssGz.toLocaleString("en")} bytes gzipped in external stylesheets
  HTML + CSS ${(weight.htmlGz + weight.cssGz).toLocaleString("en")} bytes gzipped (target < 10,240)
  reader JS  ${weight.extraJsGz.toLocaleString("en")} bytes gzipped beyond the inline relative-time script (target 0)${weight.external.length ? `; external: ${weight.external.join(", ")}` : ""}
  ${misses.length ? `MISSED: ${misses.join("; ")}` : "all targets met"}
`);
    if (misses.length) process.exitCode = 1;
  } finally {
    await app?.stop();
    await embedded?.stop();
  }
}

main().catch(fail);
