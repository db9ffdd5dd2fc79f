import { describe, expect, it } from "vitest";
import { SITEMAP_MAX_URLS } from "@/lib/feeds/sitemap";
import {
  parseSitemapName,
  renderSitemapIndex,
  sitemapPages,
  sitemapPath,
} from "@/lib/feeds/sitemap-index";

const newest = new Date(Date.UTC(2020, 1, 3));

describe("sitemap index pages", () => {
  it("splits a month past 50,000 stories into parts and pages the tags", () => {
    const pages = sitemapPages(
      [
        { year: 2020, month: 2, stories: 12 },
        { year: 2020, month: 3, stories: SITEMAP_MAX_URLS * 2 + 1 },
        { year: 2020, month: 4, stories: SITEMAP_MAX_URLS },
      ],
      SITEMAP_MAX_URLS + 1,
    );
    expect(pages.map(sitemapPath)).toEqual([
      "/sitemaps/site.xml",
      "/sitemaps/stories-2020-02.xml",
      "/sitemaps/stories-2020-03.xml",
      "/sitemaps/stories-2020-03-2.xml",
      "/sitemaps/stories-2020-03-3.xml",
      "/sitemaps/stories-2020-04.xml",
      "/sitemaps/tags-1.xml",
      "/sitemaps/tags-2.xml",
    ]);
  });

  it("parses exactly the names it writes", () => {
    for (const page of sitemapPages([{ year: 1999, month: 12, stories: 120_000 }], 3)) {
      const name = sitemapPath(page).replace("/sitemaps/", "");
      expect(parseSitemapName(name)).toEqual(page);
    }
    for (const bad of [
      "stories-2020-00.xml",
      "stories-2020-13.xml",
      "stories-2020-1.xml",
      "stories-2020-01-1.xml",
      "stories-2020-01-0.xml",
      "tags-0.xml",
      "tags-01.xml",
      "sitemap.xml",
      "../x.xml",
    ])
      expect(parseSitemapName(bad), bad).toBeNull();
  });

  it("renders a sitemaps.org index with escaped locations and lastmod", () => {
    const xml = renderSitemapIndex([
      { path: "/sitemaps/site.xml" },
      { path: "/sitemaps/stories-2020-02.xml", lastModified: newest },
    ]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex /);
    expect(xml).toContain(
      "/sitemaps/stories-2020-02.xml</loc><lastmod>2020-02-03T00:00:00.000Z</lastmod>",
    );
    expect((xml.match(/<sitemap>/g) ?? []).length).toBe(2);
  });
});
