import "server-only";
import { db } from "@/lib/db/client";
import { NEWS_SITEMAP_MAX, NEWS_WINDOW_MS, SITEMAP_MAX_URLS } from "./sitemap";

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

export async function getFeedStories(tagId?: string, limit = 30) {
  return db.story.findMany({
    where: { status: "PUBLISHED", ...(tagId ? { tags: { some: { tagId } } } : {}) },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: feedSelect,
  });
}

export async function getSitemapEntries() {
  const [stories, tags] = await Promise.all([
    db.story.findMany({
      where: { status: "PUBLISHED" },
      orderBy: { publishedAt: "desc" },
      take: SITEMAP_MAX_URLS - 1_000,
      select: { slug: true, updatedAt: true },
    }),
    db.tag.findMany({
      where: { stories: { some: { story: { status: "PUBLISHED" } } } },
      orderBy: { slug: "asc" },
      take: 1_000,
      select: { slug: true, updatedAt: true },
    }),
  ]);
  return { stories, tags };
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
