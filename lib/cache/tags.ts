// Cache-tag names, and the one map from "what changed" to "which cached pages show it". A reader
// page tags itself with every record it shows (lib/reader/pages/*); a mutation says what it changed
// and calls invalidateTags() with what this file answers, so every page that shows the change (and
// nothing else) is rebuilt on its next request. No domain assembles tag lists by hand.

export const cacheTags = {
  /** Lists of latest stories: front page, feeds, sitemaps, search results. */
  storyLists: "stories",
  /** The tag vocabulary as a whole (most-used tags, tag index). */
  tagList: "tags",
  /** A story's own page, and any page that shows it (related feeds, lists). */
  story: (storyId: string) => `story:${storyId}`,
  /** Whatever answers at /news/<slug>: a story, a redirect, a 410. */
  storySlug: (slug: string) => `story-slug:${slug}`,
  /** A tag's page and feed, and article pages whose related feed draws on the tag. */
  tag: (tagId: string) => `tag:${tagId}`,
  /** Whatever answers at /tags/<slug>: the tag or a redirect. */
  tagSlug: (slug: string) => `tag-slug:${slug}`,
  /** An author's page. */
  author: (userId: string) => `author:${userId}`,
} as const;

/** The facts of a story that decide which pages show it, before and after the change. */
export interface StoryChange {
  storyId: string;
  /** Every slug the story answered at before and after the change (old slugs and redirects too). */
  slugs: readonly string[];
  /** Tags before and after the change. */
  tagIds: readonly string[];
  /** Bylines before and after the change. */
  authorIds: readonly string[];
}

/**
 * What about a story changed:
 * - `status`: published, unpublished, scheduled into publication (it enters or leaves every list);
 * - `slug`: its address changed (old and new addresses answer differently);
 * - `text`: headline, summary, dateline, body (lists show headlines; search matches the text);
 * - `tags`, `bylines`: which tag and author pages list it;
 * - `sources`, `commentRequests`, `related`, `corrections`: shown on its own page only.
 */
export type StoryAspect =
  | "status"
  | "slug"
  | "text"
  | "tags"
  | "bylines"
  | "sources"
  | "commentRequests"
  | "related"
  | "corrections";

export const ALL_STORY_ASPECTS: readonly StoryAspect[] = [
  "status",
  "slug",
  "text",
  "tags",
  "bylines",
  "sources",
  "commentRequests",
  "related",
  "corrections",
];

/** The cache tags of every page that shows the given aspects of a story. */
export function pagesShowingStory(change: StoryChange, aspects: readonly StoryAspect[]): string[] {
  const has = (a: StoryAspect) => aspects.includes(a);
  // The story's own page and whatever answers at its addresses show every aspect.
  const tags: string[] = [
    cacheTags.story(change.storyId),
    ...change.slugs.map(cacheTags.storySlug),
  ];
  const entersOrLeavesLists = has("status") || has("slug");
  if (entersOrLeavesLists || has("text")) tags.push(cacheTags.storyLists);
  if (entersOrLeavesLists || has("tags")) {
    // Tag pages and the related feeds of its neighbours (article pages tagged with the tag).
    tags.push(cacheTags.tagList, ...change.tagIds.map(cacheTags.tag));
  }
  if (entersOrLeavesLists || has("bylines")) tags.push(...change.authorIds.map(cacheTags.author));
  return [...new Set(tags)];
}

/** Everything to invalidate when anything about a story may have changed (publish, scheduler). */
export function storyChangeTags(change: StoryChange): string[] {
  return pagesShowingStory(change, ALL_STORY_ASPECTS);
}

/** The facts of a tag change: the tags involved, their addresses, and the stories that show them. */
export interface TagChange {
  tagIds: readonly string[];
  /** Current, old and redirected slugs of those tags. */
  slugs: readonly string[];
  /** Stories whose tag list (or inline tag links) changed with it. */
  storyIds?: readonly string[];
}

/** Tag pages, tag addresses, the vocabulary, and the pages of stories that show the tags. */
export function pagesShowingTags(change: TagChange): string[] {
  const storyIds = change.storyIds ?? [];
  return [
    ...new Set([
      cacheTags.tagList,
      ...change.tagIds.map(cacheTags.tag),
      ...change.slugs.map(cacheTags.tagSlug),
      ...(storyIds.length ? [cacheTags.storyLists, ...storyIds.map(cacheTags.story)] : []),
    ]),
  ];
}

/** An author's page (name, bio, active or not). */
export function pagesShowingAuthor(userId: string): string[] {
  return [cacheTags.author(userId)];
}
