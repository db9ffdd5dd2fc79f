import "server-only";
import { cacheTags } from "@/lib/cache/tags";
import {
  getFeedStories,
  getNewsSitemapStories,
  getSitemapEntries,
} from "@/lib/feeds/public-queries";
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

export async function buildSitemap(): Promise<RenderedPage> {
  const { stories, tags } = await getSitemapEntries();
  const body = renderSitemap([
    { path: "/" },
    ...stories.map((s) => ({ path: storyPath(s.slug), lastModified: s.updatedAt })),
    ...tags.map((t) => ({ path: tagPath(t.slug), lastModified: t.updatedAt })),
  ]);
  return { status: 200, contentType: XML, body, tags: [cacheTags.storyLists, cacheTags.tagList] };
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
