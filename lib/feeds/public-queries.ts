import "server-only";
import { db } from "@/lib/db/client";
import { NEWS_SITEMAP_MAX, NEWS_WINDOW_MS, SITEMAP_MAX_URLS } from "./sitemap";
import type { MonthCount } from "./sitemap-index";

// Reads for feeds and sitemaps: published stories, public fields only.

const feedSelect = {
  id: true,
  slug: true,
  headline: true,
  summary: true,
  publishedAt: true,
  bylines: { orderBy: { position: "asc" }, select: { user: { select: { name: true } } } },
  tags: { orderBy: { position: "asc" }, select: { tag: { select: { id: true, name: true } } } },
} as const;

/** The newest published stories, of one tag (from StoryTag's publication-time index) or all. */
export async function getFeedStories(tagId?: string, limit = 30) {
  if (!tagId)
    return db.story.findMany({
      where: { status: "PUBLISHED" },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: limit,
      select: feedSelect,
    });
  const ids = (
    await db.storyTag.findMany({
      where: { tagId, publishedAt: { not: null } },
      orderBy: [{ publishedAt: "desc" }, { storyId: "desc" }],
      take: limit,
      select: { storyId: true },
    })
  ).map((r) => r.storyId);
  const rows = await db.story.findMany({
    where: { id: { in: ids }, status: "PUBLISHED" },
    select: feedSelect,
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Published stories per month of publication, for the sitemap index (kept by triggers). */
export async function getSitemapMonths(): Promise<MonthCount[]> {
  const rows = await db.sitemapMonth.findMany({
    where: { published: { gt: 0 } },
    orderBy: { month: "asc" },
  });
  return rows.map((r) => ({
    year: r.month.getUTCFullYear(),
    month: r.month.getUTCMonth() + 1,
    stories: r.published,
  }));
}

/** How many tags have a published story (the tag sitemaps list those). */
export async function countSitemapTags(): Promise<number> {
  return db.tag.count({ where: { publishedStoryCount: { gt: 0 } } });
}

/** One part of a month's published stories, oldest first (a stable order for the parts). */
export async function getSitemapMonthStories(year: number, month: number, part: number) {
  const from = new Date(Date.UTC(year, month - 1, 1));
  const to = new Date(Date.UTC(year, month, 1));
  return db.story.findMany({
    where: { status: "PUBLISHED", publishedAt: { gte: from, lt: to } },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    skip: (part - 1) * SITEMAP_MAX_URLS,
    take: SITEMAP_MAX_URLS,
    select: { slug: true, updatedAt: true },
  });
}

/** A page of the tags with a published story, by slug. */
export async function getSitemapTags(page: number) {
  return db.tag.findMany({
    where: { publishedStoryCount: { gt: 0 } },
    orderBy: { slug: "asc" },
    skip: (page - 1) * SITEMAP_MAX_URLS,
    take: SITEMAP_MAX_URLS,
    select: { slug: true, updatedAt: true },
  });
}

export async function getNewsSitemapStories(now = new Date()) {
  return db.story.findMany({
    where: { status: "PUBLISHED", publishedAt: { gte: new Date(now.getTime() - NEWS_WINDOW_MS) } },
    orderBy: { publishedAt: "desc" },
    take: NEWS_SITEMAP_MAX,
    select: {
      id: true,
      slug: true,
      headline: true,
      publishedAt: true,
      tags: { select: { tag: { select: { name: true } } } },
    },
  });
}
