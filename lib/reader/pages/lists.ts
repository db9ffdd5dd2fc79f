import "server-only";
import { cacheTags } from "@/lib/cache/tags";
import {
  getAuthor,
  getAuthorStories,
  getLatestPublishedStories,
  getTagStories,
  getTopTags,
  lookupTag,
  PAGE_SIZE,
} from "@/lib/stories/public-queries";
import { errorPage } from "../error-pages";
import { html } from "../html";
import { layout } from "../layout";
import { lastPage, pager, storyList } from "../list-view";
import type { RenderedPage } from "../page-cache";
import { absoluteUrl, authorPath, siteName, tagPath } from "../site";

// The front page, a tag's page and an author's page: lists of published stories.

const HTML = "text/html; charset=utf-8";
const pageHref = (path: string) => (n: number) => (n === 1 ? path : `${path}?page=${n}`);

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
  page: number,
  now = new Date(),
): Promise<RenderedPage> {
  const found = await lookupTag(slug);
  const slugTag = cacheTags.tagSlug(slug);
  if (found.kind === "missing") return { ...errorPage(404), tags: [slugTag] };
  if (found.kind === "redirect") {
    const location = page > 1 ? `${tagPath(found.slug)}?page=${page}` : tagPath(found.slug);
    return {
      status: 308,
      contentType: HTML,
      body: "",
      location,
      tags: [slugTag, cacheTags.tag(found.tagId)],
    };
  }
  const { tag } = found;
  const { stories, total } = await getTagStories(tag.id, page);
  const tags = [slugTag, cacheTags.tag(tag.id), ...stories.map((s) => cacheTags.story(s.id))];
  if (page > lastPage(total, PAGE_SIZE)) return { ...errorPage(404), tags };
  const path = tagPath(tag.slug);
  const main = html`<h1>${tag.name}</h1>${tag.description ? html`<p class="summary">${tag.description}</p>` : ""}
<p class="small">${total} ${total === 1 ? "story" : "stories"} · <a href="${path}/feed.xml">RSS feed for ${tag.name}</a></p>
${storyList(stories, now)}${pager(page, total, PAGE_SIZE, pageHref(path))}`;
  const feedLink = html`<link rel="alternate" type="application/rss+xml" title="${tag.name}" href="${path}/feed.xml">`;
  const body = layout(
    {
      title: page > 1 ? `${tag.name} (page ${page})` : tag.name,
      description: tag.description || `Stories about ${tag.name}.`,
      canonical: absoluteUrl(pageHref(path)(page)),
      extraHead: feedLink,
    },
    main,
  );
  return { status: 200, contentType: HTML, body, tags };
}

export async function buildAuthorPage(
  key: string,
  page: number,
  now = new Date(),
): Promise<RenderedPage> {
  const author = await getAuthor(key);
  if (!author) return { ...errorPage(404), tags: [cacheTags.storyLists] };
  const { stories, total } = await getAuthorStories(author.id, page);
  const tags = [cacheTags.author(author.id), ...stories.map((s) => cacheTags.story(s.id))];
  if (page > lastPage(total, PAGE_SIZE)) return { ...errorPage(404), tags };
  const path = authorPath(author.slug);
  const main = html`<h1>${author.name}</h1>${author.bio ? html`<p class="summary">${author.bio}</p>` : ""}
<p class="small">${total} ${total === 1 ? "story" : "stories"}</p>${storyList(stories, now)}${pager(page, total, PAGE_SIZE, pageHref(path))}`;
  const body = layout(
    {
      title: author.name,
      description: author.bio || `Stories by ${author.name}.`,
      canonical: absoluteUrl(pageHref(path)(page)),
    },
    main,
  );
  return { status: 200, contentType: HTML, body, tags };
}
