import pg from "pg";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db/client";
import { GET as tagPage } from "@/app/(site)/tags/[slug]/route";
import { GET as authorPage } from "@/app/(site)/authors/[slug]/route";
import { GET as search } from "@/app/(site)/search/route";
import { GET as sitemap } from "@/app/(site)/sitemap.xml/route";
import { GET as sitemapPage } from "@/app/(site)/sitemaps/[name]/route";
import { GET as robots } from "@/app/(site)/robots.txt/route";
import {
  getAuthorStories,
  getTagStories,
  MAX_NUMBERED_PAGE,
  PAGE_SIZE,
  type ListPage,
  type ListPosition,
} from "@/lib/stories/public-queries";
import { SEARCH_TIMEOUT_MS } from "@/lib/search/bounds";
import { postgresOnly } from "../helpers/database-kind";
import { createStory, createUser, paragraphDoc } from "../helpers/factories";

// The archive at scale, in miniature: the publication time the join rows carry and the totals the
// triggers keep, pages that neither repeat nor skip a story, the sitemap index, search's bounds.

const req = (path: string) => new Request(`http://localhost${path}`);
const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) });
const nameParams = (name: string) => ({ params: Promise.resolve({ name }) });
const tagCount = async (id: string) =>
  (await db.tag.findUniqueOrThrow({ where: { id } })).publishedStoryCount;
const userCount = async (id: string) =>
  (await db.user.findUniqueOrThrow({ where: { id } })).publishedStoryCount;

let author: Awaited<ReturnType<typeof createUser>>;
let big: { id: string; slug: string };
const bigIds: string[] = [];
const STORIES = 2 * PAGE_SIZE + 7;
const cards = new Map<string, { id: string; slug: string; publishedAt: Date | null }>();
const expected: string[] = [];
const slugsOf = (ids: string[]) => ids.map((id) => cards.get(id)!.slug);

beforeAll(async () => {
  author = await createUser({ name: "Archive Writer" });
  big = await db.tag.create({ data: { name: "Harbour", slug: "harbour" } });
  // Stories over three months; five share one publication time, so the tie-break is exercised.
  const tie = new Date(Date.UTC(2019, 4, 10, 12));
  for (let i = 0; i < STORIES; i++) {
    const publishedAt =
      i < 5 ? tie : new Date(Date.UTC(2019, 2 + (i % 3), 1 + (i % 27), i % 24, i));
    const s = await createStory({
      authors: [author],
      status: "PUBLISHED",
      publishedAt,
      slug: `archive-${i}`,
      headline: `Harbour budget story ${i}`,
      body: paragraphDoc(`The harbour budget was debated again, item ${i}.`),
    });
    await db.storyTag.create({ data: { storyId: s.id, tagId: big.id, position: 0 } });
    bigIds.push(s.id);
  }
  await createStory({ authors: [author], status: "DRAFT", slug: "archive-draft" });
  // The order every list of these stories must have: newest first, ties by the larger id.
  const rows = await db.story.findMany({
    where: { id: { in: bigIds } },
    select: { id: true, slug: true, publishedAt: true },
  });
  for (const r of rows) cards.set(r.id, r);
  expected.push(
    ...[...rows]
      .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || (a.id < b.id ? 1 : -1))
      .map((r) => r.id),
  );
  expect(rows.filter((r) => r.publishedAt!.getTime() === Date.UTC(2019, 4, 10, 12)).length).toBe(5);
});

describe("publication time on the join rows, and the totals", () => {
  it("follow publish, unpublish, retag and delete, whatever code makes the write", async () => {
    const tag = await db.tag.create({ data: { name: "Ferry", slug: "ferry" } });
    const writer = await createUser();
    const s = await createStory({ authors: [writer], status: "DRAFT" });
    await db.storyTag.create({ data: { storyId: s.id, tagId: tag.id, position: 0 } });
    expect([await tagCount(tag.id), await userCount(writer.id)]).toEqual([0, 0]);

    const when = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
    await db.story.update({
      where: { id: s.id },
      data: { status: "PUBLISHED", publishedAt: when },
    });
    const row = await db.storyTag.findFirstOrThrow({ where: { storyId: s.id } });
    expect(row.publishedAt?.toISOString()).toBe(when.toISOString());
    expect([await tagCount(tag.id), await userCount(writer.id)]).toEqual([1, 1]);

    // Retag as the editor saves (delete all, create again) and move the byline.
    const other = await db.tag.create({ data: { name: "Tender", slug: "tender" } });
    const coauthor = await createUser();
    await db.$transaction([
      db.storyTag.deleteMany({ where: { storyId: s.id } }),
      db.storyTag.createMany({ data: [{ storyId: s.id, tagId: other.id, position: 0 }] }),
      db.byline.deleteMany({ where: { storyId: s.id } }),
      db.byline.createMany({ data: [{ storyId: s.id, userId: coauthor.id, position: 0 }] }),
    ]);
    expect([await tagCount(tag.id), await tagCount(other.id)]).toEqual([0, 1]);
    expect([await userCount(writer.id), await userCount(coauthor.id)]).toEqual([0, 1]);

    await db.story.update({ where: { id: s.id }, data: { status: "UNPUBLISHED" } });
    expect((await db.byline.findFirstOrThrow({ where: { storyId: s.id } })).publishedAt).toBeNull();
    expect([await tagCount(other.id), await userCount(coauthor.id)]).toEqual([0, 0]);

    const month = { month: new Date(Date.UTC(2024, 0, 1)) };
    const monthCount = async () =>
      (await db.sitemapMonth.findUnique({ where: month }))?.published ?? 0;
    expect(await monthCount()).toBe(0);
    await db.story.update({ where: { id: s.id }, data: { status: "PUBLISHED" } });
    expect(await tagCount(other.id)).toBe(1);
    expect(await monthCount()).toBe(1);
    // Re-dated into another month: the count moves with it.
    await db.story.update({
      where: { id: s.id },
      data: { publishedAt: new Date(Date.UTC(2023, 11, 31)) },
    });
    expect(await monthCount()).toBe(0);
    expect(
      (await db.sitemapMonth.findUnique({ where: { month: new Date(Date.UTC(2023, 11, 1)) } }))
        ?.published,
    ).toBe(1);
    await db.story.delete({ where: { id: s.id } });
    expect([await tagCount(other.id), await userCount(coauthor.id)]).toEqual([0, 0]);
    expect(
      (await db.sitemapMonth.findUnique({ where: { month: new Date(Date.UTC(2023, 11, 1)) } }))
        ?.published,
    ).toBe(0);
  });
});

describe("tag and author pages", () => {
  const cursorOf = (s: { id: string; publishedAt: Date | null }) =>
    `${s.publishedAt!.toISOString()}_${s.id}`;
  const olderHref = (body: string) =>
    /<a href="([^"]+)" rel="next">Older stories<\/a>/.exec(body)?.[1].replace(/&amp;/g, "&");
  const newerHref = (body: string) =>
    /<a href="([^"]+)" rel="prev">Newer stories<\/a>/.exec(body)?.[1].replace(/&amp;/g, "&");
  const storyLinks = (body: string) =>
    [...body.matchAll(/<h2><a href="\/news\/([^"]+)">/g)].map((m) => m[1]);

  it("walk every story exactly once by cursor, newest first, ties by the larger id, and back", async () => {
    const tag = await db.tag.findUniqueOrThrow({ where: { id: big.id } });
    expect(tag.publishedStoryCount).toBe(STORIES);
    // Two a page, so the five stories that share one publication time straddle page boundaries.
    const seen: string[] = [];
    let position: ListPosition = { kind: "page", page: 1 };
    const pages: ListPage[] = [];
    for (let guard = 0; guard < STORIES; guard++) {
      const page = await getTagStories(tag, position, 2);
      expect(page.total).toBe(STORIES);
      pages.push(page);
      seen.push(...page.stories.map((s) => s.id));
      if (!page.hasOlder) break;
      position = { kind: "before", ...page.last! };
    }
    expect(pages.length).toBe(Math.ceil(STORIES / 2));
    expect(seen).toEqual(expected);
    expect(pages[0].hasNewer).toBe(false);
    expect(pages.slice(1).every((p) => p.hasNewer)).toBe(true);
    // Back up by ?after= from the last page: the same pages in reverse, ending at the newest.
    const back: string[][] = [];
    let up: ListPage = pages.at(-1)!;
    while (up.hasNewer) {
      up = await getTagStories(tag, { kind: "after", ...up.first! }, 2);
      back.push(up.stories.map((s) => s.id));
    }
    expect(back.reverse().flat()).toEqual(expected.slice(0, back.length * 2));
    expect(back[0]).toEqual(expected.slice(0, 2));

    const author1 = { id: author.id, publishedStoryCount: await userCount(author.id) };
    expect(author1.publishedStoryCount).toBe(STORIES);
    const byAuthor: string[] = [];
    let at: ListPosition = { kind: "page", page: 1 };
    for (;;) {
      const page = await getAuthorStories(author1, at, 7);
      byAuthor.push(...page.stories.map((s) => s.id));
      if (!page.hasOlder) break;
      at = { kind: "before", ...page.last! };
    }
    expect(byAuthor).toEqual(expected);
  });

  it("over HTTP: first page, Older links to an exactly full last page, one past the end, small page numbers", async () => {
    // A tag with exactly two full pages.
    const full = await db.tag.create({ data: { name: "Quay", slug: "quay" } });
    const fullIds = expected.slice(0, 2 * PAGE_SIZE);
    await db.storyTag.createMany({
      data: fullIds.map((storyId) => ({ storyId, tagId: full.id, position: 1 })),
    });
    const first = await tagPage(req("/tags/quay"), slugParams("quay"));
    expect(first.status).toBe(200);
    const firstBody = await first.text();
    expect(firstBody).toContain(`${2 * PAGE_SIZE} stories`);
    expect(storyLinks(firstBody)).toEqual(slugsOf(fullIds.slice(0, PAGE_SIZE)));
    expect(newerHref(firstBody)).toBeUndefined();
    const older = olderHref(firstBody)!;
    expect(older).toBe(
      `/tags/quay?before=${encodeURIComponent(cursorOf(cards.get(fullIds[PAGE_SIZE - 1])!))}`,
    );

    const last = await tagPage(req(older), slugParams("quay"));
    expect(last.status).toBe(200);
    const lastBody = await last.text();
    expect(storyLinks(lastBody)).toEqual(slugsOf(fullIds.slice(PAGE_SIZE)));
    expect(olderHref(lastBody)).toBeUndefined(); // exactly full: no Older link to an empty page
    expect(lastBody).toContain('rel="canonical"');
    const newer = newerHref(lastBody)!;
    const backToTop = await (await tagPage(req(newer), slugParams("quay"))).text();
    expect(storyLinks(backToTop)).toEqual(slugsOf(fullIds.slice(0, PAGE_SIZE)));
    expect(newerHref(backToTop)).toBeUndefined();

    // One past the end: older than the last story is an empty list, kindly, not an error.
    const past = `/tags/quay?before=${encodeURIComponent(cursorOf(cards.get(fullIds.at(-1)!)!))}`;
    const pastRes = await tagPage(req(past), slugParams("quay"));
    expect(pastRes.status).toBe(200);
    const pastBody = await pastRes.text();
    expect(storyLinks(pastBody)).toEqual([]);
    expect(pastBody).toContain("There are no older stories about Quay.");
    expect(pastBody).toContain('<a href="/tags/quay">');

    // Old numbered links: page 2 still works; past the end and beyond the numbered pages, 404 kindly.
    const page2 = await (await tagPage(req("/tags/quay?page=2"), slugParams("quay"))).text();
    expect(storyLinks(page2)).toEqual(slugsOf(fullIds.slice(PAGE_SIZE)));
    for (const page of [3, MAX_NUMBERED_PAGE + 1, 999999]) {
      const res = await tagPage(req(`/tags/quay?page=${page}`), slugParams("quay"));
      expect(res.status, `page ${page}`).toBe(404);
      expect(await res.text()).toContain('<a href="/tags/quay">');
    }
    const authorPast = await authorPage(
      req(`/authors/${author.slug}?page=${Math.ceil(STORIES / PAGE_SIZE) + 1}`),
      slugParams(author.slug),
    );
    expect(authorPast.status).toBe(404);
    const authorFirst = await (
      await authorPage(req(`/authors/${author.slug}`), slugParams(author.slug))
    ).text();
    const authorOlder = await (
      await authorPage(req(olderHref(authorFirst)!), slugParams(author.slug))
    ).text();
    expect(storyLinks(authorOlder)).toEqual(slugsOf(expected.slice(PAGE_SIZE, 2 * PAGE_SIZE)));
  });

  it("refuse malformed or conflicting cursors with a 400 page", async () => {
    const id = expected[3];
    const good = encodeURIComponent(cursorOf(cards.get(id)!));
    for (const query of [
      "before=yesterday",
      "before=2019-05-10T12:00:00.000Z",
      "before=2019-02-31T12:00:00.000Z_abc",
      "before=2019-05-10T12:00:00Z_abc",
      `before=${encodeURIComponent("2019-05-10T12:00:00.000Z_a'b")}`,
      `before=${good}&after=${good}`,
      `before=${good}&before=${good}`,
      `before=${good}&page=2`,
      "after=",
    ]) {
      const res = await tagPage(req(`/tags/harbour?${query}`), slugParams("harbour"));
      expect(res.status, query).toBe(400);
      expect(await res.text()).toContain("That address is not valid");
      const byline = await authorPage(
        req(`/authors/${author.slug}?${query}`),
        slugParams(author.slug),
      );
      expect(byline.status, query).toBe(400);
    }
  });
});

describe("the sitemap index", () => {
  it("lists paged sitemaps that hold every published story and tag exactly once", async () => {
    const index = await sitemap(req("/sitemap.xml"));
    const xml = await index.text();
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const names = [...xml.matchAll(/<loc>[^<]*\/sitemaps\/([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(names).toEqual(
      expect.arrayContaining([
        "site.xml",
        "stories-2019-03.xml",
        "stories-2019-04.xml",
        "stories-2019-05.xml",
        "tags-1.xml",
      ]),
    );
    const locs: string[] = [];
    for (const name of names) {
      const res = await sitemapPage(req(`/sitemaps/${name}`), nameParams(name));
      expect(res.status, name).toBe(200);
      const body = await res.text();
      expect(body).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
      locs.push(...[...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
    }
    const stories = locs.filter((l) => l.startsWith("/news/"));
    const published = await db.story.findMany({
      where: { status: "PUBLISHED" },
      select: { slug: true },
    });
    expect(stories.length).toBe(new Set(stories).size);
    expect([...stories].sort()).toEqual(published.map((p) => `/news/${p.slug}`).sort());
    expect(stories).not.toContain("/news/archive-draft");
    expect(locs.filter((l) => l === "/tags/harbour")).toHaveLength(1);
    // A month holds only its own stories.
    const march = await (
      await sitemapPage(req("/sitemaps/stories-2019-03.xml"), nameParams("stories-2019-03.xml"))
    ).text();
    const marchSlugs = await db.story.findMany({
      where: {
        status: "PUBLISHED",
        publishedAt: { gte: new Date(Date.UTC(2019, 2, 1)), lt: new Date(Date.UTC(2019, 3, 1)) },
      },
      select: { slug: true },
    });
    expect((march.match(/<loc>/g) ?? []).length).toBe(marchSlugs.length);
  });

  it("answers 404 for names the index would never list, and robots.txt names the index", async () => {
    for (const name of [
      "stories-2019-13.xml",
      "stories-2019-03-1.xml",
      "stories-2019-03-2.xml",
      "tags-0.xml",
      "tags-2.xml",
      "other.xml",
      "stories-19-03.xml",
    ]) {
      expect((await sitemapPage(req(`/sitemaps/${name}`), nameParams(name))).status, name).toBe(
        404,
      );
    }
    // A month with nothing in it (yet) is a valid, empty sitemap rather than an error.
    const empty = await sitemapPage(
      req("/sitemaps/stories-2001-01.xml"),
      nameParams("stories-2001-01.xml"),
    );
    expect(empty.status).toBe(200);
    expect(await (await robots()).text()).toMatch(/^Sitemap: http:\/\/[^\n]+\/sitemap\.xml$/m);
  });
});

describe("search bounds", () => {
  it("answers a phrase of two common words, and refuses a flood of words kindly", async () => {
    const phrase = await search(req(`/search?q=${encodeURIComponent('"harbour budget"')}`));
    expect(phrase.status).toBe(200);
    expect(await phrase.text()).toMatch(/stories match|most recent stories matching/);
    const flood = Array.from({ length: 200 }, () => "harbour").join(" ");
    const many = await search(req(`/search?q=${encodeURIComponent(flood)}`));
    expect(many.status).toBe(200);
    expect(await many.text()).toMatch(/a lot of words for one search/);
    const quotes = await search(req(`/search?q=${encodeURIComponent('"-"'.repeat(60))}`));
    expect(quotes.status).toBe(200);
  });

  it.skipIf(postgresOnly("statement_timeout on a search"))(
    "gives up at the statement timeout with a kind page, not a 500 or a held connection",
    async () => {
      // Another session holds the Story table: the search waits on it until its timeout.
      const blocker = new pg.Client({ connectionString: inject("testDatabaseUrl") });
      await blocker.connect();
      try {
        await blocker.query("BEGIN");
        await blocker.query(
          `LOCK TABLE "${process.env.TEST_SCHEMA}"."Story" IN ACCESS EXCLUSIVE MODE`,
        );
        const started = Date.now();
        const res = await search(
          req(`/search?q=${encodeURIComponent('"harbour budget" debated')}`),
        );
        const took = Date.now() - started;
        expect(res.status).toBe(200);
        expect(await res.text()).toMatch(/would take us too long/);
        expect(took).toBeGreaterThanOrEqual(SEARCH_TIMEOUT_MS - 100);
        expect(took).toBeLessThan(SEARCH_TIMEOUT_MS * 3);
      } finally {
        await blocker.query("ROLLBACK");
        await blocker.end();
      }
    },
  );
});
