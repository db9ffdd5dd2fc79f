import "server-only";
import { cacheTags } from "@/lib/cache/tags";
import { getRelatedStories, relatedFeedRowsBySlug } from "@/lib/related/public-queries";
import { lookupArticle } from "@/lib/stories/public-queries";
import { articlePage } from "../article-view";
import { errorPage } from "../error-pages";
import type { RenderedPage } from "../page-cache";
import { storyPath } from "../site";

// /news/<slug>: the article (200), the new address of a renamed story (308), a withdrawn story
// (410) or nothing (404). The page is tagged with everything it shows, related stories included.
export async function buildArticlePage(slug: string): Promise<RenderedPage> {
  // The related feed's rows (picks, stored ranking, cards) are read alongside the article itself.
  const [found, relatedRows] = await Promise.all([
    lookupArticle(slug),
    relatedFeedRowsBySlug(slug),
  ]);
  const slugTag = cacheTags.storySlug(slug);
  switch (found.kind) {
    case "missing":
      return { ...errorPage(404), tags: [slugTag] };
    case "gone":
      return { ...errorPage(410), tags: [slugTag, cacheTags.story(found.storyId)] };
    case "redirect":
      return {
        status: 308,
        contentType: "text/plain; charset=utf-8",
        body: "",
        location: storyPath(found.slug),
        tags: [slugTag, cacheTags.story(found.storyId)],
      };
    case "story": {
      const story = found.story;
      const related = await getRelatedStories(story, undefined, relatedRows);
      const tags = [
        slugTag,
        cacheTags.story(story.id),
        ...story.tags.map((t) => cacheTags.tag(t.tag.id)),
        ...related.flatMap((r) => (r.storyId ? [cacheTags.story(r.storyId)] : [])),
      ];
      return {
        status: 200,
        contentType: "text/html; charset=utf-8",
        body: articlePage(story, related),
        tags,
      };
    }
  }
}
