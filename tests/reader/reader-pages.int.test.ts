import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { storyChangeTags } from "@/lib/cache/tags";
import { invalidateTags } from "@/lib/cache/invalidate";
import { isCached } from "@/lib/reader/page-cache";
import { GET as article } from "@/app/(site)/news/[slug]/route";
import { GET as tagPage } from "@/app/(site)/tags/[slug]/route";
import { GET as tagFeed } from "@/app/(site)/tags/[slug]/feed.xml/route";
import { GET as authorPage } from "@/app/(site)/authors/[slug]/route";
import { GET as search } from "@/app/(site)/search/route";
import { GET as front } from "@/app/(site)/route";
import { GET as feed } from "@/app/(site)/feed.xml/route";
import { GET as sitemap } from "@/app/(site)/sitemap.xml/route";
import { GET as newsSitemap } from "@/app/(site)/news-sitemap.xml/route";
import { GET as sitemapPage } from "@/app/(site)/sitemaps/[name]/route";
import { createStory, createUser, paragraphDoc } from "../helpers/factories";

// The reader's site against a real database: only public data, correct status codes, and pages
// served from cache until a change to what they show.

const PRIVATE_IDENTITY = "Quillon Vantasaraki-Whitlow";
const PRIVATE_CONTACT = "qv-whistle@private-contact.test";

const req = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost${path}`, { headers });
const params = (slug: string) => ({ params: Promise.resolve({ slug }) });

/** The sitemap index and every sitemap it lists, as one text. */
async function allSitemaps(): Promise<string> {
  const index = await (await sitemap(req("/sitemap.xml"))).text();
  const names = [...index.matchAll(/<loc>[^<]*\/sitemaps\/([^<]+)<\/loc>/g)].map((m) => m[1]);
  const pages = await Promise.all(
    names.map(async (name) =>
      (await sitemapPage(req(`/sitemaps/${name}`), { params: Promise.resolve({ name }) })).text(),
    ),
  );
  return [index, ...pages].join("\n");
}

let author: { id: string; slug: string; name: string };
let main: { id: string; slug: string };
let neighbour: { id: string; slug: string };
let draft: { id: string; slug: string };
let unrelated: { id: string; slug: string };
let rareTag: { id: string; slug: string };
let otherTag: { id: string; slug: string };

beforeAll(async () => {
  author = await createUser({ role: "REPORTER", name: "Ada Reporter" });
  rareTag = await db.tag.create({
    data: {
      name: "Lighthouse Keepers",
      slug: "lighthouse-keepers",
      description: "The keepers of the coast.",
    },
  });
  otherTag = await db.tag.create({ data: { name: "Weather", slug: "weather" } });
  main = await createStory({
    authors: [author],
    status: "PUBLISHED",
    slug: "keepers-strike-over-pay",
    headline: "Lighthouse keepers strike over pay",
    body: paragraphDoc(
      "The keepers walked out on Monday after talks about lantern allowances failed.",
    ),
  });
  neighbour = await createStory({
    authors: [author],
    status: "PUBLISHED",
    slug: "keepers-union-elects-leader",
    headline: "Keepers union elects a new leader",
    body: paragraphDoc("The union chose its leader after the lantern dispute."),
  });
  draft = await createStory({
    authors: [author],
    status: "DRAFT",
    slug: "keepers-draft-story",
    headline: "Draft about keepers",
  });
  unrelated = await createStory({
    authors: [author],
    status: "PUBLISHED",
    slug: "storm-warning",
    headline: "Storm warning for the coast",
  });
  for (const [storyId, tagId] of [
    [main.id, rareTag.id],
    [neighbour.id, rareTag.id],
    [draft.id, rareTag.id],
    [unrelated.id, otherTag.id],
  ]) {
    await db.storyTag.create({ data: { storyId, tagId, position: 0 } });
  }
  await db.story.update({
    where: { id: main.id },
    data: { summary: "Keepers walk out after allowance talks fail.", dateline: "HALVERN" },
  });
  await db.source.createMany({
    data: [
      {
        storyId: main.id,
        position: 0,
        anonymous: true,
        publicDescription: "a keeper at the northern station",
        headcount: 1,
        basisOfKnowledge: "attended the talks",
        anonymityReason: "they fear losing their post",
        privateIdentity: PRIVATE_IDENTITY,
        privateContact: PRIVATE_CONTACT,
      },
      {
        storyId: main.id,
        position: 1,
        anonymous: false,
        publicDescription: "Ines Harrow, the union's secretary",
        privateIdentity: "",
        privateContact: "",
      },
    ],
  });
  await db.commentRequest.create({
    data: {
      storyId: main.id,
      position: 0,
      organisation: "Coastal Authority",
      channel: "EMAIL",
      sentAt: new Date(Date.now() - 7_200_000),
      outcome: "DECLINED",
    },
  });
  await db.correction.create({
    data: {
      storyId: main.id,
      kind: "CORRECTION",
      text: "An earlier version misstated the allowance.",
    },
  });
  await db.relatedLink.createMany({
    data: [
      {
        storyId: main.id,
        position: 0,
        outlet: "The Coastal Gazette",
        url: "https://gazette.example/keepers",
        headline: "Keepers vote to strike",
        excerpt: "A vote.",
        publishedAt: new Date(Date.now() - 3 * 3_600_000),
      },
      { storyId: main.id, position: 1, targetStoryId: draft.id },
    ],
  });
});

describe("the article page", () => {
  it("shows the story, the reporting box and the related feed", async () => {
    const res = await article(
      req("/news/keepers-strike-over-pay"),
      params("keepers-strike-over-pay"),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("s-maxage");
    const body = await res.text();
    expect(body).toContain("Lighthouse keepers strike over pay");
    expect(body).toContain("How we reported this");
    expect(body).toContain("1 named and 1 anonymous");
    expect(body).toContain("they fear losing their post");
    expect(body).toContain("Coastal Authority");
    expect(body).toContain("declined to comment");
    expect(body).toContain("An earlier version misstated the allowance.");
    expect(body).toContain(`href="/authors/${author.slug}"`);
    expect(body).toContain(`href="/tags/lighthouse-keepers"`);
    // Related: the external pick first, then the published neighbour; never the draft pick or itself.
    const related = body.slice(body.indexOf('id="related"'));
    expect(related.indexOf("The Coastal Gazette")).toBeGreaterThan(-1);
    expect(related.indexOf("Keepers union elects a new leader")).toBeGreaterThan(
      related.indexOf("The Coastal Gazette"),
    );
    expect(related).toContain("3 hours ago");
    expect(related).not.toContain("Draft about keepers");
    expect(related).not.toContain("/news/keepers-strike-over-pay");
    // The article's text appears once (no hydration copy).
    expect(body.split("talks about lantern allowances failed").length).toBe(2);
    // No framework JavaScript: only the inline relative-time script and JSON-LD.
    expect(body.match(/<script/g)).toHaveLength(2);
    expect(body).not.toMatch(/<script[^>]+src=/);
    // Our own stylesheet and script are inserted as written, not escaped.
    expect(body).toContain(".list>li{");
    expect(body).toContain('querySelectorAll("time[data-rel]")');
  });

  it("has JSON-LD NewsArticle with corrections and backstory", async () => {
    const body = await (
      await article(req("/news/keepers-strike-over-pay"), params("keepers-strike-over-pay"))
    ).text();
    const json = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(body)?.[1] ?? "{}",
    );
    expect(json["@type"]).toBe("NewsArticle");
    expect(json.keywords).toEqual(["Lighthouse Keepers"]);
    expect(json.isAccessibleForFree).toBe(true);
    expect(json.correction).toHaveLength(1);
    expect(json.backstory).toContain("they fear losing their post");
    expect(json.author[0].name).toBe("Ada Reporter");
    expect(json.publisher.logo).toMatchObject({ "@type": "ImageObject", width: 512, height: 512 });
    expect(json.publisher.logo.url).toMatch(/^http:\/\/localhost:\d+\/logo\.png$/);
  });

  it("redirects an old slug (308), answers 410 for an unpublished story and 404 for unknown or bad slugs", async () => {
    const renamed = await createStory({ authors: [author], status: "PUBLISHED", slug: "new-name" });
    await db.storySlugRedirect.create({ data: { oldSlug: "old-name", storyId: renamed.id } });
    const moved = await article(req("/news/old-name"), params("old-name"));
    expect(moved.status).toBe(308);
    expect(moved.headers.get("location")).toBe("/news/new-name");

    const withdrawn = await createStory({
      authors: [author],
      status: "PUBLISHED",
      slug: "withdrawn-story",
    });
    await db.story.update({
      where: { id: withdrawn.id },
      data: { status: "UNPUBLISHED", firstPublishedAt: new Date(), unpublishedAt: new Date() },
    });
    expect((await article(req("/news/withdrawn-story"), params("withdrawn-story"))).status).toBe(
      410,
    );

    expect(
      (await article(req("/news/keepers-draft-story"), params("keepers-draft-story"))).status,
    ).toBe(404);
    for (const bad of [
      "no-such-story",
      "..",
      "%2e%2e",
      "a%00b",
      "%00",
      "z%C3%BCrich",
      "caf\u00e9",
      "x".repeat(500),
    ]) {
      const res = await article(req("/news/x"), params(bad));
      expect(res.status, bad).toBe(404);
      expect(await res.text()).toContain("Page not found");
    }
  });
});

describe("lists, search and feeds", () => {
  it("shows a tag's stories and redirects its old slug; refuses bad page numbers", async () => {
    const res = await tagPage(req("/tags/lighthouse-keepers"), params("lighthouse-keepers"));
    const body = await res.text();
    expect(res.status).toBe(200);
    expect(body).toContain("The keepers of the coast.");
    expect(body).toContain("Keepers union elects a new leader");
    expect(body).not.toContain("Draft about keepers");
    await db.tagSlugRedirect.create({ data: { oldSlug: "keepers", tagId: rareTag.id } });
    const moved = await tagPage(req("/tags/keepers"), params("keepers"));
    expect(moved.status).toBe(308);
    expect(moved.headers.get("location")).toBe("/tags/lighthouse-keepers");
    for (const page of ["-1", "0", "abc", "1e9", "99999999999999"]) {
      expect(
        (await tagPage(req(`/tags/lighthouse-keepers?page=${page}`), params("lighthouse-keepers")))
          .status,
        page,
      ).toBe(400);
    }
    expect(
      (await tagPage(req("/tags/lighthouse-keepers?page=999"), params("lighthouse-keepers")))
        .status,
    ).toBe(404);
  });

  it("shows an author's stories by slug and by id", async () => {
    for (const key of [author.slug, author.id]) {
      const res = await authorPage(req(`/authors/${key}`), params(key));
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("Lighthouse keepers strike over pay");
    }
    expect((await authorPage(req("/authors/nobody"), params("nobody"))).status).toBe(404);
  });

  it("searches published stories with highlighted, escaped excerpts; odd queries are friendly", async () => {
    const body = await (await search(req("/search?q=lantern"))).text();
    expect(body).toContain("Lighthouse keepers strike over pay");
    expect(body).toContain("<mark>lantern</mark>");
    expect(body).not.toContain("Draft about keepers");
    for (const q of [
      "",
      "%00%01",
      encodeURIComponent("'\"<script>&|!:*()"),
      "a".repeat(10_000),
      encodeURIComponent("zürich 東京"),
    ]) {
      const res = await search(req(`/search?q=${q}`));
      expect(res.status, q.slice(0, 20)).toBe(200);
      expect(await res.text()).not.toContain("<script>&");
    }
    expect((await search(req("/search?q=lantern&page=-3"))).status).toBe(400);
    expect((await search(req("/search?q=lantern&page=50"))).status).toBe(200);
  });

  it("serves RSS and sitemaps of published stories only", async () => {
    const rss = await (await feed(req("/feed.xml"))).text();
    expect(rss).toContain('<rss version="2.0"');
    expect(rss).toContain("/news/keepers-strike-over-pay</guid>");
    expect(rss).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT<\/pubDate>/);
    expect(rss).not.toContain("keepers-draft-story");
    const tagRss = await (
      await tagFeed(req("/tags/lighthouse-keepers/feed.xml"), params("lighthouse-keepers"))
    ).text();
    expect(tagRss).toContain("keepers-union-elects-leader");
    expect(tagRss).not.toContain("storm-warning");
    const map = await allSitemaps();
    expect(map).toContain("/news/keepers-strike-over-pay</loc>");
    expect(map).toContain("/tags/lighthouse-keepers</loc>");
    const news = await (await newsSitemap(req("/news-sitemap.xml"))).text();
    expect(news).toContain("<news:title>Lighthouse keepers strike over pay</news:title>");
  });
});

describe("private source data", () => {
  it("never appears in any public page, feed, sitemap or search result", async () => {
    const responses = await Promise.all([
      article(
        req("/news/keepers-strike-over-pay", { "accept-encoding": "identity" }),
        params("keepers-strike-over-pay"),
      ),
      front(req("/")),
      tagPage(req("/tags/lighthouse-keepers"), params("lighthouse-keepers")),
      tagFeed(req("/tags/lighthouse-keepers/feed.xml"), params("lighthouse-keepers")),
      authorPage(req(`/authors/${author.slug}`), params(author.slug)),
      feed(req("/feed.xml")),
      sitemap(req("/sitemap.xml")),
      newsSitemap(req("/news-sitemap.xml")),
      search(req("/search?q=keepers")),
    ]);
    for (const res of responses) {
      const text = await res.text();
      expect(text.length).toBeGreaterThan(100);
      for (const secret of [PRIVATE_IDENTITY, "Vantasaraki", PRIVATE_CONTACT, "qv-whistle"])
        expect(text).not.toContain(secret);
    }
    // Searching for the private words finds nothing (the page only echoes the reader's own query).
    for (const q of ["Vantasaraki", "Quillon", "qv-whistle", "private-contact.test"]) {
      const text = await (await search(req(`/search?q=${encodeURIComponent(q)}`))).text();
      expect(text, q).toContain("We found no stories");
      expect(text).not.toContain("keepers-strike-over-pay");
    }
  });
});

describe("caching and invalidation", () => {
  /** A story of the author's with the keepers' tag, written straight to the database. */
  async function keepersStory(status: "DRAFT" | "PUBLISHED", slug: string, headline: string) {
    const story = await createStory({ authors: [author], status, slug, headline });
    await db.storyTag.create({ data: { storyId: story.id, tagId: rareTag.id, position: 0 } });
    return story;
  }
  /** The cache tags a mutation of such a story invalidates. */
  const keepersChange = (story: { id: string; slug: string }) =>
    storyChangeTags({
      storyId: story.id,
      slugs: [story.slug],
      tagIds: [rareTag.id],
      authorIds: [author.id],
    });

  it("serves from cache until a change to something the page shows, and refreshes only those pages", async () => {
    const path = "/news/keepers-strike-over-pay";
    await article(req(path), params("keepers-strike-over-pay"));
    await tagPage(req("/tags/weather"), params("weather"));
    expect(isCached("news:keepers-strike-over-pay")).toBe(true);
    expect(isCached("tag:weather:1")).toBe(true);

    // A change without invalidation is not seen: the page comes from cache.
    await db.story.update({
      where: { id: neighbour.id },
      data: { headline: "Keepers union picks Marit Olsen" },
    });
    expect(await (await article(req(path), params("keepers-strike-over-pay"))).text()).toContain(
      "Keepers union elects a new leader",
    );

    // The mutation's invalidation reaches the article whose related feed lists the neighbour.
    invalidateTags(keepersChange(neighbour));
    expect(isCached("news:keepers-strike-over-pay")).toBe(false);
    expect(isCached("tag:weather:1")).toBe(true);
    expect(await (await article(req(path), params("keepers-strike-over-pay"))).text()).toContain(
      "Keepers union picks Marit Olsen",
    );
  });

  it("unpublishing turns the cached page into 410 and drops it from lists", async () => {
    const story = await keepersStory("PUBLISHED", "short-lived", "Short-lived keepers story");
    expect((await article(req("/news/short-lived"), params("short-lived"))).status).toBe(200);
    expect(await (await front(req("/"))).text()).toContain("Short-lived keepers story");
    await db.story.update({
      where: { id: story.id },
      data: { status: "UNPUBLISHED", firstPublishedAt: new Date(), unpublishedAt: new Date() },
    });
    invalidateTags(keepersChange(story));
    expect((await article(req("/news/short-lived"), params("short-lived"))).status).toBe(410);
    expect(await (await front(req("/"))).text()).not.toContain("Short-lived keepers story");
    expect(
      await (await tagPage(req("/tags/lighthouse-keepers"), params("lighthouse-keepers"))).text(),
    ).not.toContain("Short-lived keepers story");
  });

  it("publishing a story refreshes the pages that will list it: related feeds through shared tags, tag page, feeds, sitemaps", async () => {
    const path = "/news/keepers-strike-over-pay";
    const before = await (await article(req(path), params("keepers-strike-over-pay"))).text();
    await (
      await tagFeed(req("/tags/lighthouse-keepers/feed.xml"), params("lighthouse-keepers"))
    ).text();
    await allSitemaps();
    await (await tagPage(req("/tags/weather"), params("weather"))).text();
    expect(before).not.toContain("Keepers ratify new lantern deal");
    const fresh = await keepersStory(
      "DRAFT",
      "keepers-ratify-deal",
      "Keepers ratify new lantern deal",
    );
    await db.story.update({
      where: { id: fresh.id },
      data: { status: "PUBLISHED", publishedAt: new Date(), firstPublishedAt: new Date() },
    });
    invalidateTags(keepersChange(fresh));
    expect(isCached("tag:weather:1")).toBe(true);
    expect(await (await article(req(path), params("keepers-strike-over-pay"))).text()).toContain(
      "Keepers ratify new lantern deal",
    );
    expect(
      await (
        await tagFeed(req("/tags/lighthouse-keepers/feed.xml"), params("lighthouse-keepers"))
      ).text(),
    ).toContain("keepers-ratify-deal");
    expect(await allSitemaps()).toContain("/news/keepers-ratify-deal</loc>");
    expect(
      (await article(req("/news/keepers-ratify-deal"), params("keepers-ratify-deal"))).status,
    ).toBe(200);
  });

  it("sends identity bytes whatever the client accepts (next start compresses; a front cache may)", async () => {
    const res = await article(
      req("/news/keepers-strike-over-pay", { "accept-encoding": "gzip, br" }),
      params("keepers-strike-over-pay"),
    );
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(await res.text()).toContain("How we reported this");
  });
});
