import { beforeAll, describe, expect, it, vi } from "vitest";

// Budgets small enough that a few thousand searches overflow them (the unit tests take 10,000
// through the cache alone): with one store for everything, the article would be pushed out.
vi.hoisted(() => {
  process.env.READER_CACHE_MAX_BYTES = String(1024 * 1024);
  process.env.READER_CACHE_SEARCH_MAX_BYTES = String(1024 * 1024);
});

import { db } from "@/lib/db/client";
import { cachedIn, pageCacheStats } from "@/lib/reader/page-cache";
import { GET as article } from "@/app/(site)/news/[slug]/route";
import { GET as tagPage } from "@/app/(site)/tags/[slug]/route";
import { GET as search } from "@/app/(site)/search/route";
import { GET as front } from "@/app/(site)/route";
import { createStory, createUser, paragraphDoc } from "../helpers/factories";

// A flood of made-up addresses through the real route handlers: every search answers with a page
// (never a 5xx), the search results' store stays within its budget, and the article, its tag page
// and the front page are still served from the page cache afterwards.

// ~10 ms a search on a busy two-core machine: 1,200 of them, four at a time, in 10-25 s.
const FLOOD = 1_200;
const AT_ONCE = 4;

/** The i-th query: ones that match (harbour), ones that match nothing, odd ones (quotes, minus, long). */
function query(i: number): string {
  if (i % 3 === 0) return `harbour ${i}`;
  if (i % 3 === 1) return `"no such phrase ${i}" -x`;
  return `${"zq".repeat(40)}${i}`;
}

const req = (path: string) => new Request(`http://localhost${path}`);
const params = (slug: string) => ({ params: Promise.resolve({ slug }) });

let story: { id: string; slug: string };

beforeAll(async () => {
  const author = await createUser({ role: "REPORTER", name: "Flood Reporter" });
  const tag = await db.tag.create({ data: { name: "Harbours", slug: "harbours" } });
  story = await createStory({
    authors: [author],
    status: "PUBLISHED",
    slug: "harbour-wall-repaired",
    headline: "Harbour wall repaired before the winter storms",
    body: paragraphDoc("Masons finished the harbour wall on Friday, a week ahead of the storms."),
  });
  await createStory({
    authors: [author],
    status: "PUBLISHED",
    slug: "harbour-master-retires",
    headline: "Harbour master retires after thirty winters",
    body: paragraphDoc("The harbour master handed over the keys to the tide gauge."),
  });
  await db.storyTag.create({ data: { storyId: story.id, tagId: tag.id, position: 0 } });
});

describe("the page cache under a flood of distinct searches", () => {
  it("keeps serving the article from memory, and every search gets a page", async () => {
    const first = await article(req(`/news/${story.slug}`), params(story.slug));
    expect(first.status).toBe(200);
    expect(first.headers.get("x-reader-cache")).toBe("miss");
    expect((await tagPage(req("/tags/harbours"), params("harbours"))).status).toBe(200);
    expect((await front(req("/"))).status).toBe(200);

    const statuses = new Map<number, number>();
    let found = 0;
    let largest = 0;
    for (let i = 0; i < FLOOD; i += AT_ONCE) {
      const answers = await Promise.all(
        Array.from({ length: Math.min(AT_ONCE, FLOOD - i) }, async (_, j) => {
          const res = await search(req(`/search?q=${encodeURIComponent(query(i + j))}`));
          return { status: res.status, text: await res.text() };
        }),
      );
      for (const { status, text } of answers) {
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (text.includes("stories match") || text.includes("story matches")) found++;
      }
      largest = Math.max(largest, pageCacheStats().search.bytes);
    }
    expect(Object.fromEntries(statuses)).toEqual({ 200: FLOOD });
    expect(found).toBeGreaterThan(0);

    const again = await article(req(`/news/${story.slug}`), params(story.slug));
    expect(again.status).toBe(200);
    expect(again.headers.get("x-reader-cache")).toBe("hit");
    expect(await again.text()).toContain("Harbour wall repaired");
    const tagAgain = await tagPage(req("/tags/harbours"), params("harbours"));
    expect(tagAgain.headers.get("x-reader-cache")).toBe("hit");
    expect((await front(req("/"))).headers.get("x-reader-cache")).toBe("hit");

    const { main, search: searchStore } = pageCacheStats();
    expect(largest).toBeLessThanOrEqual(searchStore.maxBytes);
    expect(searchStore.entries).toBeLessThan(FLOOD);
    const lastMatching = FLOOD - 1 - ((FLOOD - 1) % 3);
    expect(cachedIn(`search:1:${query(lastMatching)}`)).toBe("search");
    expect(cachedIn("search:1:harbour 0")).toBeNull();
    expect(main.bytes).toBeLessThanOrEqual(main.maxBytes);
  }, 120_000);

  it("keeps made-up addresses (unknown slugs, deep list pages) with the search results", async () => {
    for (let i = 0; i < 200; i++) {
      const slug = `no-such-story-${i}`;
      expect((await article(req(`/news/${slug}`), params(slug))).status).toBe(404);
    }
    expect(cachedIn("news:no-such-story-199")).toBe("search");
    expect((await tagPage(req("/tags/harbours?page=2"), params("harbours"))).status).toBeLessThan(
      500,
    );
    expect(cachedIn("tag:harbours:2")).toBe("search");
    expect(cachedIn(`news:${story.slug}`)).toBe("main");
    expect(cachedIn("tag:harbours:1")).toBe("main");
  });
});
