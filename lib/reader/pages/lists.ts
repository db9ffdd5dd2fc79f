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

/**
 * A tag's or an author's page: the name, what the owner says of itself, the count, the stories and
 * the pager (or the empty page a position past the list gets); a tag's page links its feed.
 */
function ownerPage(
  owner: {
    name: string;
    about: string | null;
    describe: string;
    path: string;
    ownTags: string[];
    feed: boolean;
  },
  list: ListPage,
  position: ListPosition,
  now: Date,
): RenderedPage {
  const { name, about, path } = owner;
  const { stories, total } = list;
  const tags = [...owner.ownTags, ...stories.map((s) => cacheTags.story(s.id))];
  const empty = emptyListPage(position, list, path, name);
  if (empty) return { ...empty, tags };
  const feedLink = owner.feed ? html` · <a href="${path}/feed.xml">RSS feed for ${name}</a>` : "";
  const main = html`<h1>${name}</h1>${about ? html`<p class="summary">${about}</p>` : ""}
<p class="small">${total} ${total === 1 ? "story" : "stories"}${feedLink}</p>
${storyList(stories, now)}${cursorPager(list, path)}`;
  const body = layout(
    {
      title: isFirst(position, list) ? name : `${name} (older stories)`,
      description: about || owner.describe,
      canonical: canonicalHref(path, position, list),
      extraHead: owner.feed
        ? html`<link rel="alternate" type="application/rss+xml" title="${name}" href="${path}/feed.xml">`
        : undefined,
    },
    main,
  );
  return { status: 200, contentType: HTML, body, tags };
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
  return ownerPage(
    {
      name: tag.name,
      about: tag.description,
      describe: `Stories about ${tag.name}.`,
      path: tagPath(tag.slug),
      ownTags: [slugTag, cacheTags.tag(tag.id)],
      feed: true,
    },
    await getTagStories(tag, position),
    position,
    now,
  );
}

export async function buildAuthorPage(
  key: string,
  position: ListPosition,
  now = new Date(),
): Promise<RenderedPage> {
  const author = await getAuthor(key);
  if (!author) return { ...errorPage(404), tags: [cacheTags.storyLists] };
  return ownerPage(
    {
      name: author.name,
      about: author.bio,
      describe: `Stories by ${author.name}.`,
      path: authorPath(author.slug),
      ownTags: [cacheTags.author(author.id)],
      feed: false,
    },
    await getAuthorStories(author, position),
    position,
    now,
  );
}
