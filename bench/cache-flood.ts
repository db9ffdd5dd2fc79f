// The reader's page cache under a flood, in this process only (no database, no server): 1,000
// articles, then 100,000 distinct search pages, then the articles again. Prints each store's pages and
// estimated bytes against its budget, the heap, and how many articles were still served from memory.
// Prints figures; asserts nothing.
//   node --expose-gc --import tsx bench/cache-flood.ts
// BENCH_ARTICLES, BENCH_SEARCHES, BENCH_ARTICLE_BYTES, BENCH_SEARCH_BYTES change the sizes; the
// budgets are the app's settings (READER_CACHE_MAX_BYTES, READER_CACHE_SEARCH_MAX_BYTES).
import { cachedPage, pageCacheStats } from "../lib/reader/page-cache";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1_000);
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 100_000);
// An article page of the demo is 20-40 KB of HTML; a search page with no or few results ~5 KB.
const ARTICLE_BYTES = Number(process.env.BENCH_ARTICLE_BYTES ?? 30_000);
const SEARCH_BYTES = Number(process.env.BENCH_SEARCH_BYTES ?? 5_000);

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** The JavaScript heap plus the array buffers beside it (where the encoded bodies live). */
function heap(): number {
  gc?.();
  gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}
const page = (name: string, size: number, tags: string[]) => async () => ({
  status: 200,
  contentType: "text/html; charset=utf-8",
  body: `<!doctype html><title>${name}</title>`.padEnd(size, "x"),
  tags,
});

function report(label: string, baseline: number): void {
  const { main, search } = pageCacheStats();
  const used = heap();
  console.log(
    `${label.padEnd(28)} main ${String(main.entries).padStart(6)} pages ${mb(main.bytes).padStart(9)} / ${mb(main.maxBytes)}` +
      `   search ${String(search.entries).padStart(6)} pages ${mb(search.bytes).padStart(9)} / ${mb(search.maxBytes)}` +
      `   tag index ${main.indexedKeys + search.indexedKeys}` +
      `   heap+buffers ${mb(used)} (+${mb(used - baseline)} over the empty cache)`,
  );
}

if (!gc) console.log("(no --expose-gc: heap figures include garbage not yet collected)");
const baseline = heap();
for (let i = 0; i < ARTICLES; i++) {
  await cachedPage(
    `news:article-${i}`,
    page(`article ${i}`, ARTICLE_BYTES, [`story:a${i}`, `story-slug:article-${i}`, "tag:t1"]),
  );
}
report(`${ARTICLES} articles`, baseline);

const started = performance.now();
let worst = 0;
for (let i = 0; i < SEARCHES; i++) {
  await cachedPage(
    `search:1:query ${i}`,
    page(`search ${i}`, SEARCH_BYTES, ["stories", `story:s${i % 5_000}`]),
    "search",
  );
  if (i % 1_000 === 999) {
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    worst = Math.max(worst, heapUsed + arrayBuffers);
  }
}
const perPage = ((performance.now() - started) * 1_000) / SEARCHES;
report(`+ ${SEARCHES} distinct searches`, baseline);
console.log(
  `  ${perPage.toFixed(1)} µs a search page (build, encode, store, evict); highest heap+buffers sampled ${mb(worst)}; rss ${mb(process.memoryUsage().rss)}`,
);

let stillCached = 0;
for (let i = 0; i < ARTICLES; i++) {
  const entry = await cachedPage(`news:article-${i}`, page("rebuilt", ARTICLE_BYTES, []));
  if (entry.hits > 0) stillCached++;
}
console.log(`articles served from memory afterwards: ${stillCached} of ${ARTICLES}`);
