import { absoluteUrl, siteName, storyPath } from "@/lib/reader/site";
import { escapeMarkup } from "@/lib/shared/escape";
import { rfc822 } from "./xml";

// RSS 2.0 with an atom:link to itself, as the RSS Advisory Board's validator asks.

export interface FeedItem {
  slug: string;
  headline: string;
  summary: string;
  publishedAt: Date | null;
  authors: string[];
  categories: string[];
}

export interface FeedChannel {
  title: string;
  description: string;
  /** Site path of the page the feed mirrors, e.g. "/" or "/tags/harbour". */
  pagePath: string;
  /** Site path of the feed itself. */
  selfPath: string;
}

export function renderRss(
  channel: FeedChannel,
  items: readonly FeedItem[],
  now = new Date(),
): string {
  const newest = items.find((i) => i.publishedAt)?.publishedAt ?? now;
  const body = items
    .map((item) => {
      const url = absoluteUrl(storyPath(item.slug));
      return [
        "<item>",
        `<title>${escapeMarkup(item.headline)}</title>`,
        `<link>${escapeMarkup(url)}</link>`,
        `<guid isPermaLink="true">${escapeMarkup(url)}</guid>`,
        item.summary ? `<description>${escapeMarkup(item.summary)}</description>` : "",
        item.publishedAt ? `<pubDate>${rfc822(item.publishedAt)}</pubDate>` : "",
        item.authors.length
          ? `<dc:creator>${escapeMarkup(item.authors.join(", "))}</dc:creator>`
          : "",
        ...item.categories.map((c) => `<category>${escapeMarkup(c)}</category>`),
        "</item>",
      ].join("");
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>${escapeMarkup(channel.title)}</title>
<link>${escapeMarkup(absoluteUrl(channel.pagePath))}</link>
<description>${escapeMarkup(channel.description || siteName())}</description>
<language>en</language>
<lastBuildDate>${rfc822(newest)}</lastBuildDate>
<atom:link href="${escapeMarkup(absoluteUrl(channel.selfPath))}" rel="self" type="application/rss+xml"/>
${body}
</channel>
</rss>
`;
}
