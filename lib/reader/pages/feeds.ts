import "server-only";
import { cacheTags } from "@/lib/cache/tags";
import {
  countSitemapTags,
  getFeedStories,
  getNewsSitemapStories,
  getSitemapMonthStories,
  getSitemapMonths,
  getSitemapTags,
} from "@/lib/feeds/public-queries";
import {
  parseSitemapName,
  renderSitemapIndex,
  sitemapPages,
  sitemapPath,
} from "@/lib/feeds/sitemap-index";
import { renderRss, type FeedItem } from "@/lib/feeds/rss";
import { renderNewsSitemap, renderSitemap } from "@/lib/feeds/sitemap";
import { lookupTag } from "@/lib/stories/public-queries";
import { errorPage } from "../error-pages";
import type { RenderedPage } from "../page-cache";
import { absoluteUrl, siteName, storyPath, tagPath } from "../site";

// RSS feeds, sitemaps and robots.txt.

const RSS = "application/rss+xml; charset=utf-8";
const XML = "application/xml; charset=utf-8";

type FeedStory = Awaited<ReturnType<typeof getFeedStories>>[number];
const toItem = (s: FeedStory): FeedItem => ({
  slug: s.slug,
  headline: s.headline,
  summary: s.summary,
  publishedAt: s.publishedAt,
  authors: s.bylines.map((b) => b.user.name),
  categories: s.tags.map((t) => t.tag.name),
});

export async function buildSiteFeed(): Promise<RenderedPage> {
  const stories = await getFeedStories();
  const body = renderRss(
    {
      title: siteName(),
      description: `The latest stories from ${siteName()}.`,
      pagePath: "/",
      selfPath: "/feed.xml",
    },
    stories.map(toItem),
  );
  return {
    status: 200,
    contentType: RSS,
    body,
    tags: [cacheTags.storyLists, ...stories.map((s) => cacheTags.story(s.id))],
  };
}

export async function buildTagFeed(slug: string): Promise<RenderedPage> {
  const found = await lookupTag(slug);
  const slugTag = cacheTags.tagSlug(slug);
  if (found.kind === "missing") return { ...errorPage(404), tags: [slugTag] };
  if (found.kind === "redirect")
    return {
      status: 308,
      contentType: RSS,
      body: "",
      location: `${tagPath(found.slug)}/feed.xml`,
      tags: [slugTag, cacheTags.tag(found.tagId)],
    };
  const { tag } = found;
  const stories = await getFeedStories(tag.id);
  const path = tagPath(tag.slug);
  const body = renderRss(
    {
      title: `${tag.name} · ${siteName()}`,
      description: tag.description || `Stories about ${tag.name}.`,
      pagePath: path,
      selfPath: `${path}/feed.xml`,
    },
    stories.map(toItem),
  );
  return {
    status: 200,
    contentType: RSS,
    body,
    tags: [slugTag, cacheTags.tag(tag.id), ...stories.map((s) => cacheTags.story(s.id))],
  };
}

/** /sitemap.xml: the sitemap index, one entry per paged sitemap (lib/feeds/sitemap-index.ts). */
export async function buildSitemapIndex(): Promise<RenderedPage> {
  const [months, tags] = await Promise.all([getSitemapMonths(), countSitemapTags()]);
  const body = renderSitemapIndex(
    sitemapPages(months, tags).map((page) => ({ path: sitemapPath(page) })),
  );
  return { status: 200, contentType: XML, body, tags: [cacheTags.storyLists, cacheTags.tagList] };
}

/** /sitemaps/<name>: one paged sitemap; a name the index would not list is a 404. */
export async function buildSitemapPage(name: string): Promise<RenderedPage> {
  const page = parseSitemapName(name);
  const tags = [cacheTags.storyLists, cacheTags.tagList];
  if (!page) return { ...errorPage(404), tags };
  if (page.kind === "site")
    return { status: 200, contentType: XML, body: renderSitemap([{ path: "/" }]), tags };
  if (page.kind === "tags") {
    const rows = await getSitemapTags(page.page);
    if (rows.length === 0 && page.page > 1) return { ...errorPage(404), tags };
    const urls = rows.map((t) => ({ path: tagPath(t.slug), lastModified: t.updatedAt }));
    return { status: 200, contentType: XML, body: renderSitemap(urls), tags };
  }
  const rows = await getSitemapMonthStories(page.year, page.month, page.part);
  if (rows.length === 0 && page.part > 1) return { ...errorPage(404), tags };
  const urls = rows.map((s) => ({ path: storyPath(s.slug), lastModified: s.updatedAt }));
  return { status: 200, contentType: XML, body: renderSitemap(urls), tags };
}

export async function buildNewsSitemap(now = new Date()): Promise<RenderedPage> {
  const stories = await getNewsSitemapStories(now);
  const body = renderNewsSitemap(
    stories.flatMap((s) =>
      s.publishedAt
        ? [
            {
              path: storyPath(s.slug),
              headline: s.headline,
              publishedAt: s.publishedAt,
              keywords: s.tags.map((t) => t.tag.name),
            },
          ]
        : [],
    ),
  );
  return {
    status: 200,
    contentType: XML,
    body,
    tags: [cacheTags.storyLists, ...stories.map((s) => cacheTags.story(s.id))],
  };
}

export function robotsTxt(): string {
  return `User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /login\nDisallow: /search\n\nSitemap: ${absoluteUrl("/sitemap.xml")}\nSitemap: ${absoluteUrl("/news-sitemap.xml")}\n`;
}
