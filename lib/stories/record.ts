import "server-only";
import type { StoryRecord } from "@/lib/auth/permissions";
import { invalidateTags } from "@/lib/cache/invalidate";
import { pagesShowingStory, type StoryAspect, type StoryChange } from "@/lib/cache/tags";
import type { Tx } from "@/lib/db/client";
import { table } from "@/lib/db/sql";
import { NotFoundError } from "@/lib/shared/errors";

/**
 * Locks the story's row until the transaction ends. Every write that can change what the publish
 * gate reads (text, bylines, tags, sources, requests for comment) and every status change takes this
 * lock first, so the gate and the change it guards see one state: a publish waits for a save in
 * flight and reads its text; a save that waited for a publish sees that the story is live.
 */
export async function lockStory(tx: Tx, storyId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM ${table("Story")} WHERE id = ${storyId} FOR UPDATE`;
}

// The facts a permission rule needs about a story, read inside the caller's transaction so the
// check and the change see the same row.
export async function loadStoryRecord(tx: Tx, storyId: string) {
  const story = await tx.story.findUnique({
    where: { id: storyId },
    select: {
      ...changeSelect,
      status: true,
      version: true,
      firstPublishedAt: true,
      slugRedirects: { select: { oldSlug: true } },
    },
  });
  if (!story) throw new NotFoundError("story");
  const record: StoryRecord = {
    authorIds: story.bylines.map((b) => b.userId),
    status: story.status,
  };
  return { story, record };
}

/** loadStoryRecord() under the story's lock: for every write to the story or its children. */
export async function loadStoryForWrite(tx: Tx, storyId: string) {
  await lockStory(tx, storyId);
  return loadStoryRecord(tx, storyId);
}

/** What changeOf() reads of a story (its old slugs too, where the caller selects them). */
export const changeSelect = {
  id: true,
  slug: true,
  bylines: { select: { userId: true } },
  tags: { select: { tagId: true } },
} as const;

/** Cache-invalidation facts of a story: its slug(s), old addresses, tags and authors. */
export function changeOf(story: {
  id: string;
  slug: string;
  bylines: { userId: string }[];
  tags: { tagId: string }[];
  slugRedirects?: { oldSlug: string }[];
}): StoryChange {
  return {
    storyId: story.id,
    slugs: [story.slug, ...(story.slugRedirects ?? []).map((r) => r.oldSlug)],
    tagIds: story.tags.map((t) => t.tagId),
    authorIds: story.bylines.map((b) => b.userId),
  };
}

/** Both sides of a change merged: pages that showed the old state and pages that show the new. */
export function mergeChanges(a: StoryChange, b: StoryChange): StoryChange {
  const union = (x: readonly string[], y: readonly string[]) => [...new Set([...x, ...y])];
  return {
    storyId: a.storyId,
    slugs: union(a.slugs, b.slugs),
    tagIds: union(a.tagIds, b.tagIds),
    authorIds: union(a.authorIds, b.authorIds),
  };
}

/**
 * After a commit: refresh every reader page that shows what changed, if readers can see the story
 * (it is, or was until this change, published). Drafts are on no reader page.
 */
export function refreshReaders(
  change: StoryChange,
  aspects: readonly StoryAspect[],
  visible: boolean,
): void {
  if (visible) invalidateTags(pagesShowingStory(change, aspects));
}
