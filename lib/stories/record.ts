import "server-only";
import type { StoryRecord } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { NotFoundError } from "./result";

// The facts a permission rule needs about a story, read inside the caller's transaction so the
// check and the change see the same row.
export async function loadStoryRecord(tx: Tx, storyId: string) {
  const story = await tx.story.findUnique({
    where: { id: storyId },
    select: {
      id: true,
      slug: true,
      status: true,
      version: true,
      firstPublishedAt: true,
      bylines: { select: { userId: true } },
      tags: { select: { tagId: true } },
    },
  });
  if (!story) throw new NotFoundError("story");
  const record: StoryRecord = {
    authorIds: story.bylines.map((b) => b.userId),
    status: story.status,
  };
  return { story, record };
}

/** Cache-invalidation facts of a story: its slug(s), tags and authors. */
export function changeOf(story: {
  id: string;
  slug: string;
  bylines: { userId: string }[];
  tags: { tagId: string }[];
}) {
  return {
    storyId: story.id,
    slugs: [story.slug],
    tagIds: story.tags.map((t) => t.tagId),
    authorIds: story.bylines.map((b) => b.userId),
  };
}
