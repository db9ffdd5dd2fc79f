import "server-only";
import { db } from "@/lib/db/client";

// Reads for the reader's site: published stories only, and only public fields.

export async function getLatestPublishedStories(limit = 30) {
  return db.story.findMany({
    where: { status: "PUBLISHED" },
    orderBy: { publishedAt: "desc" },
    take: limit,
    select: {
      slug: true, headline: true, summary: true, publishedAt: true,
      bylines: { orderBy: { position: "asc" }, select: { user: { select: { name: true, slug: true } } } },
    },
  });
}

export async function getPublishedStoryBySlug(slug: string) {
  return db.story.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: {
      slug: true, headline: true, summary: true, dateline: true, bodyHtml: true, publishedAt: true, updatedAt: true,
      bylines: { orderBy: { position: "asc" }, select: { user: { select: { name: true, slug: true } } } },
    },
  });
}
