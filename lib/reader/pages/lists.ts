import "server-only";
import { cacheTags } from "@/lib/cache/tags";
import {
  getAuthor,
  getAuthorStories,
  getLatestPublishedStories,
  getTagStories,
  getTopTags,
  lookupTag,
  MAX_NUMBERED_PAGE,
  type ListPage,
  type ListPosition,
} from "@/lib/stories/public-queries";
import { errorPage } from "../error-pages";
import { html } from "../html";
import { layout } from "../layout";
import { cursorPager, positionHref, storyList } from "../list-view";
import type { RenderedPage } from "../page-cache";
import { absoluteUrl, authorPath, siteName, tagPath } from "../site";

// The front page, a tag's page and an author's page: lists of published stories.

const HTML = "text/html; charset=utf-8";

/**
 * What a tag's or author's list shows for a position that holds no stories: a numbered page too
 * deep to serve by number, or past the end (404, with the way back); a cursor older than every
 * story (an empty list, 200). Null when there are stories to show.
 */
function emptyListPage(
  position: ListPosition,
  list: ListPage,
  path: string,
  name: string,
): RenderedPage | null {
  if (list.stories.length > 0) return null;
  if (position.kind === "page" && position.page === 1) return null; // "No stories yet."
  const deep = position.kind === "page" && position.page > MAX_NUMBERED_PAGE;
  const tooFar = position.kind === "page";
  const title = tooFar ? "No such page" : "No more stories";
  const message = deep
    ? html`Page numbers stop at ${MAX_NUMBERED_PAGE}. Older stories about ${name} are one “Older stories” link after another from the newest.`
    : tooFar
      ? html`This list of ${name} stories has fewer pages than that.`
      : html`There are no older stories about ${name}.`;
  const main = html`<h1>${title}</h1><p role="status">${message}</p><p><a href="${path}">The newest stories about ${name}</a></p>`;
  return {
    status: tooFar ? 404 : 200,
    contentType: HTML,
    body: layout({ title, noindex: true }, main),
    tags: [],
  };
}

/** The newest page, however it was reached (?after= that came back to the top is the first page). */
const isFirst = (position: ListPosition, list: ListPage) =>
  (position.kind === "page" && position.page === 1) ||
  (position.kind === "after" && !list.hasNewer);

/** A cursor page's canonical address is its own; the newest page's is the bare path. */
const canonicalHref = (path: string, position: ListPosition, list: ListPage) =>
  absoluteUrl(isFirst(position, list) ? path : positionHref(path, position));

export async function buildFrontPage(now = new Date()): Promise<RenderedPage> {
  const [stories, topTags] = await Promise.all([getLatestPublishedStories(30), getTopTags(20)]);
  const main = html`<h1>Latest news</h1>${storyList(stories, now)}
<section aria-labelledby="topics"><h2 id="topics">Most covered topics</h2><ul class="tags">${topTags.map((t) => html`<li><a href="${tagPath(t.slug)}">#${t.name}</a></li>`)}</ul></section>`;
  const body = layout(
    {
      title: siteName(),
      description: `The latest stories from ${siteName()}.`,
      canonical: absoluteUrl("/"),
    },
    main,
  );
  return {
    status: 200,
    contentType: HTML,
    body,
    tags: [cacheTags.storyLists, cacheTags.tagList, ...stories.map((s) => cacheTags.story(s.id))],
  };
}

export async function buildTagPage(
  slug: string,
  position: ListPosition,
  now = new Date(),
): Promise<RenderedPage> {
  const found = await lookupTag(slug);
  const slugTag = cacheTags.tagSlug(slug);
  if (found.kind === "missing") return { ...errorPage(404), tags: [slugTag] };
  if (found.kind === "redirect") {
    const location = positionHref(tagPath(found.slug), position);
    return {
      status: 308,
      contentType: HTML,
      body: "",
      location,
      tags: [slugTag, cacheTags.tag(found.tagId)],
    };
  }
  const { tag } = found;
  const list = await getTagStories(tag, position);
  const { stories, total } = list;
  const tags = [slugTag, cacheTags.tag(tag.id), ...stories.map((s) => cacheTags.story(s.id))];
  const path = tagPath(tag.slug);
  const empty = emptyListPage(position, list, path, tag.name);
  if (empty) return { ...empty, tags };
  const main = html`<h1>${tag.name}</h1>${tag.description ? html`<p class="summary">${tag.description}</p>` : ""}
<p class="small">${total} ${total === 1 ? "story" : "stories"} · <a href="${path}/feed.xml">RSS feed for ${tag.name}</a></p>
${storyList(stories, now)}${cursorPager(list, path)}`;
  const feedLink = html`<link rel="alternate" type="application/rss+xml" title="${tag.name}" href="${path}/feed.xml">`;
  const body = layout(
    {
      title: isFirst(position, list) ? tag.name : `${tag.name} (older stories)`,
      description: tag.description || `Stories about ${tag.name}.`,
      canonical: canonicalHref(path, position, list),
      extraHead: feedLink,
    },
    main,
  );
  return { status: 200, contentType: HTML, body, tags };
}

export async function buildAuthorPage(
  key: string,
  position: ListPosition,
  now = new Date(),
): Promise<RenderedPage> {
  const author = await getAuthor(key);
  if (!author) return { ...errorPage(404), tags: [cacheTags.storyLists] };
  const list = await getAuthorStories(author, position);
  const { stories, total } = list;
  const tags = [cacheTags.author(author.id), ...stories.map((s) => cacheTags.story(s.id))];
  const path = authorPath(author.slug);
  const empty = emptyListPage(position, list, path, author.name);
  if (empty) return { ...empty, tags };
  const main = html`<h1>${author.name}</h1>${author.bio ? html`<p class="summary">${author.bio}</p>` : ""}
<p class="small">${total} ${total === 1 ? "story" : "stories"}</p>${storyList(stories, now)}${cursorPager(list, path)}`;
  const body = layout(
    {
      title: isFirst(position, list) ? author.name : `${author.name} (older stories)`,
      description: author.bio || `Stories by ${author.name}.`,
      canonical: canonicalHref(path, position, list),
    },
    main,
  );
  return { status: 200, contentType: HTML, body, tags };
}
