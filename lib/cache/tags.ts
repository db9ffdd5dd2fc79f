// Cache-tag names, in one place. A reader page tags itself with every record it shows; a mutation
// invalidates the tags of what it changed, so every page that shows it (and nothing else) refreshes.

export const cacheTags = {
  /** Lists of latest stories: front page, feeds, sitemaps. */
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

export interface StoryChange {
  storyId: string;
  /** Every slug the story answered at before and after the change. */
  slugs: readonly string[];
  /** Tags before and after the change. */
  tagIds: readonly string[];
  authorIds: readonly string[];
}

/** Everything to invalidate when a story is published, edited, retagged, renamed or unpublished. */
export function storyChangeTags(change: StoryChange): string[] {
  return [
    ...new Set([
      cacheTags.storyLists,
      cacheTags.tagList,
      cacheTags.story(change.storyId),
      ...change.slugs.map(cacheTags.storySlug),
      ...change.tagIds.map(cacheTags.tag),
      ...change.authorIds.map(cacheTags.author),
    ]),
  ];
}
