import "server-only";
import { cacheTags } from "@/lib/cache/tags";
import { SEARCH_PAGE_SIZE, searchStories } from "@/lib/search/public-queries";
import { html, trustedHtml } from "../html";
import { layout } from "../layout";
import { lastPage, pager } from "../list-view";
import type { RenderedPage } from "../page-cache";
import { relTime } from "../article-view";
import { storyPath } from "../site";

// /search?q=: ranked results with highlighted excerpts; an empty query or no match gets a
// friendly page, never an error.
export async function buildSearchPage(
  q: string,
  page: number,
  now = new Date(),
): Promise<RenderedPage> {
  const { hits, total, capped } = await searchStories(q, page);
  const href = (n: number) => `/search?q=${encodeURIComponent(q)}${n > 1 ? `&page=${n}` : ""}`;
  const tooFar = total > 0 && page > lastPage(total, SEARCH_PAGE_SIZE);
  let main;
  if (!q) {
    main = html`<h1>Search</h1><p>Type a few words in the search box above to find our stories: a name, a place, a topic. Use quotes for an exact phrase, and a minus sign to leave a word out.</p>`;
  } else if (hits.length === 0) {
    main = html`<h1>Search results</h1><p role="status">${tooFar ? html`There are no more results for “${q}”.` : html`We found no stories matching “${q}”. Try fewer or different words.`}</p>${tooFar ? html`<p><a href="${href(1)}">Back to the first page</a></p>` : ""}`;
  } else {
    main = html`<h1>Search results</h1><p role="status">${capped ? html`More than ${total.toLocaleString("en")} stories match “${q}”; here are the best of the most recent.` : html`${total} ${total === 1 ? "story matches" : "stories match"} “${q}”.`}</p>
<ol class="list">${hits.map((h) => html`<li><h2><a href="${storyPath(h.slug)}">${h.headline}</a></h2><p>${trustedHtml(h.excerptHtml)}</p><p class="small">${relTime(h.publishedAt, now)}</p></li>`)}</ol>
${pager(page, total, SEARCH_PAGE_SIZE, href)}`;
  }
  const title = q ? `Search: ${q}` : "Search";
  return {
    status: 200,
    contentType: "text/html; charset=utf-8",
    body: layout({ title, noindex: true }, main, q),
    tags: [cacheTags.storyLists, ...hits.map((h) => cacheTags.story(h.id))],
  };
}
