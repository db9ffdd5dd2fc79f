import { SITEMAP_MAX_URLS, sitemapXml, type SitemapUrl } from "./sitemap";

// The archive's sitemaps (sitemaps.org protocol): /sitemap.xml is a sitemap index pointing at paged
// sitemaps of at most 50,000 URLs each. Stories are split by the month they were published (a month
// with more than 50,000 stories is split further into parts), so an old month's sitemap stays the
// same file and its page is one index range; tags are paged by slug. Every published story and
// every tag with a published story is in exactly one of them. Pure: names, parsing, markup.

export type SitemapPage =
  | { kind: "site" }
  | { kind: "stories"; year: number; month: number; part: number }
  | { kind: "tags"; page: number };

const pad = (n: number) => String(n).padStart(2, "0");

export function sitemapPath(page: SitemapPage): string {
  switch (page.kind) {
    case "site":
      return "/sitemaps/site.xml";
    case "stories":
      return `/sitemaps/stories-${page.year}-${pad(page.month)}${page.part > 1 ? `-${page.part}` : ""}.xml`;
    case "tags":
      return `/sitemaps/tags-${page.page}.xml`;
  }
}

/** A sitemap file name from the URL, or null (404) for anything else. */
export function parseSitemapName(name: string): SitemapPage | null {
  if (name === "site.xml") return { kind: "site" };
  const stories = /^stories-(\d{4})-(\d{2})(?:-([1-9]\d{0,4}))?\.xml$/.exec(name);
  if (stories) {
    const year = Number(stories[1]);
    const month = Number(stories[2]);
    const part = stories[3] ? Number(stories[3]) : 1;
    if (month < 1 || month > 12 || year < 1970) return null;
    // One canonical name per part: "-1" is written without a suffix.
    if (stories[3] === "1") return null;
    return { kind: "stories", year, month, part };
  }
  const tags = /^tags-([1-9]\d{0,5})\.xml$/.exec(name);
  if (tags) return { kind: "tags", page: Number(tags[1]) };
  return null;
}

export interface MonthCount {
  year: number;
  month: number;
  stories: number;
}

/** Every sitemap the index lists: the site's pages, each month's parts, then the tag pages. */
export function sitemapPages(months: readonly MonthCount[], tags: number): SitemapPage[] {
  const pages: SitemapPage[] = [{ kind: "site" }];
  for (const m of months) {
    const parts = Math.max(1, Math.ceil(m.stories / SITEMAP_MAX_URLS));
    for (let part = 1; part <= parts; part++)
      pages.push({ kind: "stories", year: m.year, month: m.month, part });
  }
  const tagPages = Math.ceil(tags / SITEMAP_MAX_URLS);
  for (let page = 1; page <= tagPages; page++) pages.push({ kind: "tags", page });
  return pages;
}

/** A sitemap in the index: its address and when it last changed. */
export type SitemapIndexEntry = SitemapUrl;

export function renderSitemapIndex(entries: readonly SitemapIndexEntry[]): string {
  return sitemapXml("sitemapindex", "sitemap", entries);
}
