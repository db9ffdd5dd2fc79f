import { absoluteUrl, siteName, storyPath } from "@/lib/reader/site";
import { rfc822, xmlEscape } from "./xml";

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
        `<title>${xmlEscape(item.headline)}</title>`,
        `<link>${xmlEscape(url)}</link>`,
        `<guid isPermaLink="true">${xmlEscape(url)}</guid>`,
        item.summary ? `<description>${xmlEscape(item.summary)}</description>` : "",
        item.publishedAt ? `<pubDate>${rfc822(item.publishedAt)}</pubDate>` : "",
        item.authors.length ? `<dc:creator>${xmlEscape(item.authors.join(", "))}</dc:creator>` : "",
        ...item.categories.map((c) => `<category>${xmlEscape(c)}</category>`),
        "</item>",
      ].join("");
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>${xmlEscape(channel.title)}</title>
<link>${xmlEscape(absoluteUrl(channel.pagePath))}</link>
<description>${xmlEscape(channel.description || siteName())}</description>
<language>en</language>
<lastBuildDate>${rfc822(newest)}</lastBuildDate>
<atom:link href="${xmlEscape(absoluteUrl(channel.selfPath))}" rel="self" type="application/rss+xml"/>
${body}
</channel>
</rss>
`;
}
