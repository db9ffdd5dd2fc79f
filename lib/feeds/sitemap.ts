import { absoluteUrl, siteName } from "@/lib/reader/site";
import { escapeMarkup } from "@/lib/shared/escape";

// sitemaps.org urlset, and Google News' extension for stories of the last 48 hours.

export interface SitemapUrl {
  path: string;
  lastModified?: Date;
}

export const SITEMAP_MAX_URLS = 50_000;

/** A sitemaps.org document: one `<item>` per entry, with its address and last change. */
export function sitemapXml(
  root: "urlset" | "sitemapindex",
  item: "url" | "sitemap",
  entries: readonly SitemapUrl[],
): string {
  const body = entries
    .map(
      (e) =>
        `<${item}><loc>${escapeMarkup(absoluteUrl(e.path))}</loc>${e.lastModified ? `<lastmod>${e.lastModified.toISOString()}</lastmod>` : ""}</${item}>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${body}
</${root}>
`;
}

export function renderSitemap(urls: readonly SitemapUrl[]): string {
  return sitemapXml("urlset", "url", urls.slice(0, SITEMAP_MAX_URLS));
}

export interface NewsSitemapStory {
  path: string;
  headline: string;
  publishedAt: Date;
  keywords: string[];
}

export const NEWS_WINDOW_MS = 48 * 3_600_000;
/** Google News reads at most 1,000 URLs per news sitemap. */
export const NEWS_SITEMAP_MAX = 1_000;

export function renderNewsSitemap(stories: readonly NewsSitemapStory[]): string {
  const name = escapeMarkup(siteName());
  const body = stories
    .slice(0, NEWS_SITEMAP_MAX)
    .map(
      (s) =>
        `<url><loc>${escapeMarkup(absoluteUrl(s.path))}</loc><news:news><news:publication><news:name>${name}</news:name><news:language>en</news:language></news:publication>` +
        `<news:publication_date>${s.publishedAt.toISOString()}</news:publication_date><news:title>${escapeMarkup(s.headline)}</news:title></news:news></url>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${body}
</urlset>
`;
}
