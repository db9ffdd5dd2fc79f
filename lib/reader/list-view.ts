import type { StoryCard } from "@/lib/stories/public-queries";
import { bylineLinks, relTime } from "./article-view";
import { thumbHtml } from "@/lib/media/markup";
import { html, trustedHtml, type SafeHtml } from "./html";
import type { ListPage, ListPosition } from "@/lib/stories/public-queries";
import { formatCursor } from "./params";
import { storyPath } from "./site";

// Story lists (front page, tag and author pages) and the previous/next page links: numbered for
// search (its ranked results are capped), by cursor for tag and author pages (any depth).

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

/** A list position's address under `path`: the newest at `path`, else ?page= / ?before= / ?after=. */
export function positionHref(path: string, position: ListPosition): string {
  if (position.kind === "page") return position.page === 1 ? path : `${path}?page=${position.page}`;
  return `${path}?${position.kind}=${encodeURIComponent(formatCursor(position))}`;
}

/** Newer / Older links by cursor: "Older stories" continues after the page's last story. */
export function cursorPager(page: ListPage, path: string): SafeHtml {
  const newer =
    page.hasNewer && page.first
      ? html`<a href="${positionHref(path, { kind: "after", ...page.first })}" rel="prev">Newer stories</a>`
      : "";
  const older =
    page.hasOlder && page.last
      ? html`<a href="${positionHref(path, { kind: "before", ...page.last })}" rel="next">Older stories</a>`
      : "";
  if (!newer && !older) return html``;
  return html`<nav class="pages" aria-label="Pages">${newer}${newer && older ? html`<span aria-hidden="true">·</span>` : ""}${older}</nav>`;
}
