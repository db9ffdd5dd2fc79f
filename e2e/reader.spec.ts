import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// The reader's site as a reader sees it: a seeded story with anonymous sources and requests for
// comment, its reporting box and related feed, tag pages, search, feeds and sitemaps; axe on each
// kind of page; JavaScript off; a 360-pixel phone.

const STORY = "/news/integrity-commission-opens-inquiry-into-harbour-front-land-sales";
const HEADLINE = "Integrity commission opens inquiry into Halvern harbour-front land sales";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

test("a reader opens a story, sees how it was reported and the related feed, and follows a tag", async ({
  page,
}) => {
  const response = await page.goto(STORY);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
  const box = page.getByRole("region", { name: "How we reported this" });
  await expect(box).toContainText(/draws on \d+ sources: \d+ named and [1-9]\d* anonymous/);
  await expect(box).toContainText("two people with knowledge of the commission’s work");
  await expect(box).toContainText("Why anonymous:");
  await expect(box).toContainText("Brennmoor Holdings");
  const related = page.getByRole("region", { name: "Related stories" });
  await expect(related.getByRole("listitem").first()).toBeVisible();
  await expect(related.locator("time[data-rel]").first()).toHaveText(
    /(just now|\d+ (minute|hour|day|month|year)s? ago)/,
  );
  await expect(related).not.toContainText(HEADLINE);
  await expectNoAxeViolations(page);

  const tagLink = page.getByRole("list", { name: "Tags" }).getByRole("link").first();
  const tagName = ((await tagLink.textContent()) ?? "").replace(/^#/, "");
  await tagLink.click();
  await expect(page).toHaveURL(/\/tags\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tagName);
  await expect(page.getByRole("link", { name: HEADLINE })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the front page lists the latest stories and the most used tags", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Latest news", level: 1 })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Most covered topics" }).getByRole("link").first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a reader searches and gets highlighted results; an empty search is friendly", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search stories" }).fill("integrity commission");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=integrity/);
  await expect(page.getByRole("link", { name: HEADLINE })).toBeVisible();
  await expect(page.locator("main mark").first()).toBeVisible();
  await expectNoAxeViolations(page);

  const empty = await page.goto("/search?q=");
  expect(empty?.status()).toBe(200);
  await expect(page.getByText("Type a few words")).toBeVisible();
  const long = await page.goto(`/search?q=${"harbour ".repeat(1_250)}`);
  expect(long?.status()).toBe(200);
  // ~10 KB of odd characters (~30 KB once encoded: Node may refuse the URL itself with a 4xx).
  const absurd = await page.request.get(
    `/search?q=${encodeURIComponent("\"'<>&|!:*()%\u0000".repeat(900))}&page=2`,
  );
  expect(absurd.status()).toBeLessThan(500);
});

test("status codes: unknown story 404, bad page numbers 400, odd slugs 4xx", async ({
  request,
}) => {
  expect((await request.get("/news/no-such-story-here")).status()).toBe(404);
  expect((await request.get("/news/%00")).status()).toBeGreaterThanOrEqual(400);
  expect((await request.get("/news/z%C3%BCrich")).status()).toBe(404);
  expect((await request.get("/tags/corruption?page=-1")).status()).toBe(400);
  expect((await request.get("/tags/corruption?page=abc")).status()).toBe(400);
  const withdrawn = await request.get("/news/brennmoor-director-related-to-haldane-aide");
  expect(withdrawn.status()).toBe(410);
});

test("the feeds and sitemaps parse as XML", async ({ page, request }) => {
  await page.goto("/");
  for (const path of [
    "/feed.xml",
    "/tags/corruption/feed.xml",
    "/sitemap.xml",
    "/news-sitemap.xml",
    // The index lists the archive's sitemaps: follow its first one too.
    new URL(
      /<loc>([^<]+)<\/loc>/.exec(await (await request.get("/sitemap.xml")).text())?.[1] ?? "/",
    ).pathname,
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const text = await res.text();
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      return {
        error: doc.getElementsByTagName("parsererror").length > 0,
        root: doc.documentElement.nodeName,
        items: doc.querySelectorAll("item, url, sitemap").length,
      };
    }, text);
    expect(parsed.error, path).toBe(false);
    expect(parsed.root, path).toBe(
      path === "/sitemap.xml" ? "sitemapindex" : path.includes("sitemap") ? "urlset" : "rss",
    );
    expect(parsed.items, path).toBeGreaterThan(0);
  }
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Sitemap:");
});

test("the article works with JavaScript off and ships no framework JavaScript", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
  await page.goto(STORY);
  await expect(page.getByRole("region", { name: "How we reported this" })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Related stories" }).locator("time[data-rel]").first(),
  ).toHaveText(/ago|just now/);
  expect(scripts).toEqual([]);
  await context.close();
});

test("the article reads on a 360-pixel phone without sideways scrolling", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(STORY);
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  await expectNoAxeViolations(page);
  await context.close();
});
