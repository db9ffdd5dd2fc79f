import "server-only";
import { requireCan } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { StoryStatus } from "@/lib/db/generated/enums";

export interface DeskListFilters {
  status?: StoryStatus;
  authorId?: string;
  tagId?: string;
  q?: string;
  page?: number;
}

export const DESK_PAGE_SIZE = 50;

// The newsroom's story list: every story, newest change first, for any signed-in staff member.
export async function listStoriesForDesk(filters: DeskListFilters = {}) {
  await requireCan("stories.list");
  const page = Math.max(1, Math.min(filters.page ?? 1, 10_000));
  const where = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.authorId ? { bylines: { some: { userId: filters.authorId } } } : {}),
    ...(filters.tagId ? { tags: { some: { tagId: filters.tagId } } } : {}),
    ...(filters.q ? { headline: { contains: filters.q, mode: "insensitive" as const } } : {}),
  };
  const [stories, total] = await Promise.all([
    db.story.findMany({
      where,
      orderBy: { updatedAt: "desc" },
      skip: (page - 1) * DESK_PAGE_SIZE,
      take: DESK_PAGE_SIZE,
      select: {
        id: true, slug: true, headline: true, status: true, updatedAt: true, publishedAt: true, scheduledAt: true, version: true,
        bylines: { orderBy: { position: "asc" }, select: { user: { select: { id: true, name: true } } } },
      },
    }),
    db.story.count({ where }),
  ]);
  return { stories, total, page, pageSize: DESK_PAGE_SIZE };
}
