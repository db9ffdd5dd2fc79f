import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// Small budgets, so that the stores fill in a few thousand pages. Set before the cache is imported:
// the budgets are read when its state is made.
vi.hoisted(() => {
  process.env.READER_CACHE_MAX_BYTES = String(1024 * 1024);
  process.env.READER_CACHE_SEARCH_MAX_BYTES = String(256 * 1024);
});

import {
  cachedIn,
  cachedPage,
  flushPages,
  invalidatePages,
  isCached,
  pageCacheStats,
  pagesWithTag,
} from "@/lib/reader/page-cache";

// The page cache's bounds: bytes never over each store's budget, the least recently used page out
// first, search results unable to push articles out, and a tag index that forgets evicted pages.

const MAIN_BUDGET = 1024 * 1024;
const SEARCH_BUDGET = 256 * 1024;

const page =
  (body: string, tags: string[], status = 200) =>
  async () => ({ status, contentType: "text/html", body, tags });

/** A body of about `size` bytes that says which page it is. */
const body = (name: string, size: number) => `<p>${name}</p>`.padEnd(size, ".");

beforeEach(() => {
  flushPages();
});
afterEach(() => vi.useRealTimers());

describe("page cache bounds", () => {
  it("reads its budgets from the settings", () => {
    const stats = pageCacheStats();
    expect(stats.main.maxBytes).toBe(MAIN_BUDGET);
    expect(stats.search.maxBytes).toBe(SEARCH_BUDGET);
  });

  it("never holds more bytes than its budget, however many pages go in", async () => {
    let seed = 7;
    const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    let largest = 0;
    for (let i = 0; i < 2_000; i++) {
      await cachedPage(
        `bound-${i}`,
        page(body(`page ${i}`, 500 + Math.floor(random() * 20_000)), [`story:${i}`]),
      );
      const { bytes } = pageCacheStats().main;
      largest = Math.max(largest, bytes);
      expect(bytes).toBeLessThanOrEqual(MAIN_BUDGET);
    }
    const { main } = pageCacheStats();
    // It was full (evictions happened) and is used, not emptied.
    expect(main.entries).toBeLessThan(2_000);
    expect(largest).toBeGreaterThan(MAIN_BUDGET * 0.95);
    expect(isCached("bound-0")).toBe(false);
    expect(isCached("bound-1999")).toBe(true);
  });

  it("evicts the least recently used page, not the oldest: a page read often stays", async () => {
    await cachedPage("lru-read", page(body("read often", 10_000), ["story:read"]));
    await cachedPage("lru-unread", page(body("never read", 10_000), ["story:unread"]));
    for (let i = 0; i < 500; i++) {
      await cachedPage(`lru-filler-${i}`, page(body(`filler ${i}`, 10_000), [`story:f${i}`]));
      const again = await cachedPage("lru-read", page("rebuilt", ["story:read"]));
      expect(again.body).toBe(body("read often", 10_000));
    }
    expect(isCached("lru-read")).toBe(true);
    expect(isCached("lru-unread")).toBe(false);
    expect(isCached("lru-filler-0")).toBe(false);
  });

  it("keeps all 50 articles through 10,000 distinct search pages", async () => {
    for (let i = 0; i < 50; i++) {
      await cachedPage(`news:article-${i}`, page(body(`article ${i}`, 8_000), [`story:a${i}`]));
    }
    for (let i = 0; i < 10_000; i++) {
      const entry = await cachedPage(
        `search:1:query ${i}`,
        page(body(`results for query ${i}`, 3_000), ["stories", `story:q${i}`]),
        "search",
      );
      expect(entry.hits).toBe(0);
    }
    for (let i = 0; i < 50; i++) {
      const entry = await cachedPage(`news:article-${i}`, page("rebuilt", [`story:a${i}`]));
      expect(entry.hits).toBe(1);
      expect(entry.body).toBe(body(`article ${i}`, 8_000));
    }
    const { main, search } = pageCacheStats();
    expect(main.entries).toBe(50);
    expect(search.bytes).toBeLessThanOrEqual(SEARCH_BUDGET);
    expect(search.entries).toBeGreaterThan(0);
    expect(search.entries).toBeLessThan(SEARCH_BUDGET / 3_000);
    expect(cachedIn("search:1:query 9999")).toBe("search");
    expect(isCached("search:1:query 0")).toBe(false);
  });

  it("forgets evicted pages in the tag index", async () => {
    for (let i = 0; i < 3_000; i++) {
      await cachedPage(
        `search:1:forget ${i}`,
        page(body(`forget ${i}`, 1_000), ["stories", `story:q${i}`]),
        "search",
      );
    }
    const { search } = pageCacheStats();
    expect(search.entries).toBeLessThan(3_000);
    // Every (tag, page) pair in the index is a page still kept: two tags each, no more.
    expect(search.indexedKeys).toBe(search.entries * 2);
    expect(search.tags).toBe(search.entries + 1);
    expect(pagesWithTag("story:q0")).toEqual([]);
    expect(pagesWithTag("stories")).toHaveLength(search.entries);
    expect(pagesWithTag("story:q2999")).toEqual(["search:1:forget 2999"]);
    // Invalidating a tag of an evicted page drops nothing and finds nothing.
    expect(invalidatePages(["story:q0"])).toBe(0);
  });

  it("invalidates by tag in both stores", async () => {
    await cachedPage("news:shared", page("article", ["story:shared", "tag:t"]));
    await cachedPage("search:1:shared", page("results", ["stories", "story:shared"]), "search");
    await cachedPage("search:1:other", page("other results", ["stories", "story:other"]), "search");
    expect(cachedIn("news:shared")).toBe("main");
    expect(cachedIn("search:1:shared")).toBe("search");
    expect(invalidatePages(["story:shared", "tag:t"])).toBe(2);
    expect(isCached("news:shared")).toBe(false);
    expect(isCached("search:1:shared")).toBe(false);
    expect(isCached("search:1:other")).toBe(true);
    expect(pagesWithTag("story:shared")).toEqual([]);
    expect(pagesWithTag("tag:t")).toEqual([]);
    expect(invalidatePages(["stories"])).toBe(1);
    const { main, search } = pageCacheStats();
    expect([
      main.entries,
      main.bytes,
      main.tags,
      search.entries,
      search.bytes,
      search.tags,
    ]).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("serves a page bigger than its store's budget without keeping it (nor an older one)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    await cachedPage("search:1:huge", page("small results", ["story:h"]), "search");
    expect(isCached("search:1:huge")).toBe(true);
    // Past its TTL the small page is served once more while the rebuild makes a huge one.
    vi.setSystemTime(Date.now() + 10 * 60_000);
    const huge = body("huge results", SEARCH_BUDGET + 1);
    expect((await cachedPage("search:1:huge", page(huge, ["story:h"]), "search")).body).toBe(
      "small results",
    );
    await vi.waitFor(() => expect(isCached("search:1:huge")).toBe(false));
    expect(pagesWithTag("story:h")).toEqual([]);
    const served = await cachedPage("search:1:huge", page(huge, ["story:h"]), "search");
    expect(served.body).toBe(huge);
    expect(served.hits).toBe(0);
    expect(isCached("search:1:huge")).toBe(false);
    expect(pageCacheStats().search.bytes).toBe(0);
  });

  it("keeps error pages with the search results, and moves a page when it starts to exist", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    await cachedPage("news:not-yet", page("not found", ["story-slug:not-yet"], 404));
    expect(cachedIn("news:not-yet")).toBe("search");
    vi.setSystemTime(Date.now() + 10 * 60_000);
    const rebuild = page("the article", ["story-slug:not-yet", "story:n"]);
    expect((await cachedPage("news:not-yet", rebuild)).status).toBe(404);
    await vi.waitFor(() => expect(cachedIn("news:not-yet")).toBe("main"));
    expect(pagesWithTag("story-slug:not-yet")).toEqual(["news:not-yet"]);
    expect(pageCacheStats().search.entries).toBe(0);
    expect((await cachedPage("news:not-yet", rebuild)).body).toBe("the article");
  });

  it("flushing empties both stores and their tag indexes", async () => {
    await cachedPage("news:f", page("article", ["story:f"]));
    await cachedPage("search:1:f", page("results", ["stories"]), "search");
    expect(flushPages()).toBe(2);
    const { main, search } = pageCacheStats();
    expect([main.entries, main.indexedKeys, search.entries, search.indexedKeys]).toEqual([
      0, 0, 0, 0,
    ]);
  });
});
