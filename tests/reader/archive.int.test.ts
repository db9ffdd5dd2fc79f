import pg from "pg";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db/client";
import { GET as tagPage } from "@/app/(site)/tags/[slug]/route";
import { GET as authorPage } from "@/app/(site)/authors/[slug]/route";
import { GET as search } from "@/app/(site)/search/route";
import { GET as sitemap } from "@/app/(site)/sitemap.xml/route";
import { GET as sitemapPage } from "@/app/(site)/sitemaps/[name]/route";
import { GET as robots } from "@/app/(site)/robots.txt/route";
import { getAuthorStories, getTagStories, PAGE_SIZE } from "@/lib/stories/public-queries";
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
  it("walk every story exactly once, newest first, ties by id; past the end is a 404", async () => {
    const tag = await db.tag.findUniqueOrThrow({ where: { id: big.id } });
    expect(tag.publishedStoryCount).toBe(STORIES);
    const seen: string[] = [];
    const pages = Math.ceil(STORIES / PAGE_SIZE);
    for (let page = 1; page <= pages; page++) {
      const { stories, total } = await getTagStories(tag, page);
      expect(total).toBe(STORIES);
      expect(stories.length).toBe(page < pages ? PAGE_SIZE : STORIES - PAGE_SIZE * (pages - 1));
      seen.push(...stories.map((s) => s.id));
    }
    expect(new Set(seen).size).toBe(STORIES);
    expect([...seen].sort()).toEqual([...bigIds].sort());
    const cards = await db.story.findMany({
      where: { id: { in: seen } },
      select: { id: true, publishedAt: true },
    });
    const at = new Map(cards.map((c) => [c.id, c.publishedAt!.getTime()]));
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1], seen[i]];
      expect(at.get(a)! > at.get(b)! || (at.get(a) === at.get(b) && a > b)).toBe(true);
    }
    const author1 = { id: author.id, publishedStoryCount: await userCount(author.id) };
    expect(author1.publishedStoryCount).toBe(STORIES);
    const byAuthor = [
      ...(await getAuthorStories(author1, 1)).stories,
      ...(await getAuthorStories(author1, 2)).stories,
      ...(await getAuthorStories(author1, 3)).stories,
    ].map((s) => s.id);
    expect(byAuthor).toEqual(seen);

    const last = await tagPage(req(`/tags/harbour?page=${pages}`), slugParams("harbour"));
    expect(last.status).toBe(200);
    expect(await last.text()).toContain(`${STORIES} stories`);
    expect(
      (await tagPage(req(`/tags/harbour?page=${pages + 1}`), slugParams("harbour"))).status,
    ).toBe(404);
    expect((await tagPage(req(`/tags/harbour?page=999999`), slugParams("harbour"))).status).toBe(
      404,
    );
    const authorLast = await authorPage(
      req(`/authors/${author.slug}?page=${pages}`),
      slugParams(author.slug),
    );
    expect(authorLast.status).toBe(200);
    expect(
      (await authorPage(req(`/authors/${author.slug}?page=${pages + 1}`), slugParams(author.slug)))
        .status,
    ).toBe(404);
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
