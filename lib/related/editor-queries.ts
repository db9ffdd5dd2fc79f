import "server-only";
import { requireCan } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { parseId, parseSearchText } from "@/lib/shared/errors";

// The related-articles picker: our own published stories whose headline matches, newest first.
export async function searchPublishedStories(query: string, excludeStoryId: string) {
  excludeStoryId = parseId(excludeStoryId, "story");
  await requireCan("stories.list");
  const q = parseSearchText(query, 100);
  if (q.length < 2) return [];
  return db.story.findMany({
    where: {
      status: "PUBLISHED",
      id: { not: excludeStoryId },
      headline: { contains: q, mode: "insensitive" },
    },
    orderBy: { publishedAt: "desc" },
    take: 8,
    select: { id: true, headline: true, slug: true, publishedAt: true },
  });
}
