import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { table } from "@/lib/db/sql";
import { NEWS_SITEMAP_MAX, NEWS_WINDOW_MS, SITEMAP_MAX_URLS } from "./sitemap";
import type { MonthCount } from "./sitemap-index";

// Reads for feeds and sitemaps: published stories, public fields only.

export interface FeedStory {
  id: string;
  slug: string;
  headline: string;
  summary: string;
  publishedAt: Date | null;
  bylines: { user: { name: string } }[];
  tags: { tag: { id: string; name: string } }[];
}

/**
 * The newest published stories, of one tag (from StoryTag's publication-time index) or all, with
 * their bylines and tags, in one statement (Prisma's include made five round trips of its own).
 */
export async function getFeedStories(tagId?: string, limit = 30): Promise<FeedStory[]> {
  const columns = Prisma.sql`s.id, s.slug, s.headline, s.summary, s."publishedAt"`;
  const newest = tagId
    ? Prisma.sql`SELECT ${columns} FROM (
        SELECT st."storyId", st."publishedAt" FROM ${table("StoryTag")} st
        WHERE st."tagId" = ${tagId} AND st."publishedAt" IS NOT NULL
        ORDER BY st."publishedAt" DESC, st."storyId" DESC LIMIT ${limit}) k
      JOIN ${table("Story")} s ON s.id = k."storyId" AND s.status = 'PUBLISHED'
      ORDER BY k."publishedAt" DESC, k."storyId" DESC`
    : Prisma.sql`SELECT ${columns} FROM ${table("Story")} s WHERE s.status = 'PUBLISHED'
      ORDER BY s."publishedAt" DESC, s.id ASC LIMIT ${limit}`;
  return db.$queryRaw<FeedStory[]>`
    SELECT f.id, f.slug, f.headline, f.summary, f."publishedAt",
      (SELECT coalesce(json_agg(json_build_object('user', json_build_object('name', u.name)) ORDER BY b.position), '[]'::json)
         FROM ${table("Byline")} b JOIN ${table("User")} u ON u.id = b."userId" WHERE b."storyId" = f.id) AS bylines,
      (SELECT coalesce(json_agg(json_build_object('tag', json_build_object('id', t.id, 'name', t.name)) ORDER BY st.position), '[]'::json)
         FROM ${table("StoryTag")} st JOIN ${table("Tag")} t ON t.id = st."tagId" WHERE st."storyId" = f.id) AS tags
    FROM (${newest}) f
    ORDER BY f."publishedAt" DESC, f.id ${tagId ? Prisma.sql`DESC` : Prisma.sql`ASC`}`;
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
