import type { StoryCard } from "@/lib/stories/public-queries";
import { bylineLinks, relTime } from "./article-view";
import { thumbHtml } from "@/lib/media/markup";
import { html, trustedHtml, type SafeHtml } from "./html";
import { storyPath } from "./site";

// Story lists (front page, tag and author pages) and the previous/next page links.

export function storyList(
  stories: readonly StoryCard[],
  now: Date,
  headingLevel: 2 | 3 = 2,
): SafeHtml {
  if (stories.length === 0) return html`<p>No stories yet.</p>`;
  return html`<ol class="list">${stories.map((s) => {
    const link = html`<a href="${storyPath(s.slug)}">${s.headline}</a>`;
    return html`<li${s.leadImage ? html` class="has-thumb"` : ""}>${s.leadImage ? trustedHtml(thumbHtml(s.leadImage)) : ""}${headingLevel === 2 ? html`<h2>${link}</h2>` : html`<h3>${link}</h3>`}${s.summary ? html`<p>${s.summary}</p>` : ""}<p class="small">${bylineLinks(s.bylines)}${s.publishedAt ? html` · ${relTime(s.publishedAt, now)}` : ""}</p></li>`;
  })}</ol>`;
}

/** Previous / next links; `href(n)` builds page n's address. */
export function pager(
  page: number,
  total: number,
  pageSize: number,
  href: (n: number) => string,
): SafeHtml {
  const last = Math.max(1, Math.ceil(total / pageSize));
  if (last === 1) return html``;
  return html`<nav class="pages" aria-label="Pages">${page > 1 ? html`<a href="${href(page - 1)}" rel="prev">Newer stories</a>` : ""}<span>Page ${page} of ${last}</span>${page < last ? html`<a href="${href(page + 1)}" rel="next">Older stories</a>` : ""}</nav>`;
}

export const lastPage = (total: number, pageSize: number) =>
  Math.max(1, Math.ceil(total / pageSize));
