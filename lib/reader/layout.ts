import { html, trustedHtml, type SafeHtml } from "./html";
import { RELATIVE_TIME_SCRIPT } from "./relative-time";
import { siteName } from "./site";
import { READER_CSS } from "./styles";

// The shell of every reader page: head (title, description, canonical, social cards, JSON-LD),
// a skip link, the masthead with a search form that works without JavaScript, and the footer.

// Constants of our own, not data: inserted as they are.
const STYLE = trustedHtml(READER_CSS);
const SCRIPT = trustedHtml(RELATIVE_TIME_SCRIPT);

export interface PageHead {
  title: string;
  description?: string;
  /** Absolute canonical URL. */
  canonical?: string;
  /** Extra tags for <head>: Open Graph, JSON-LD, feed links. */
  extraHead?: SafeHtml;
  /** Tells search engines not to index (search results, error pages). */
  noindex?: boolean;
}

export function layout(head: PageHead, main: SafeHtml, searchQuery = ""): string {
  const name = siteName();
  const title = head.title === name ? name : `${head.title} · ${name}`;
  return (
    "<!doctype html>" +
    html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title>${head.description ? html`<meta name="description" content="${head.description}">` : ""}${head.canonical ? html`<link rel="canonical" href="${head.canonical}">` : ""}${head.noindex ? html`<meta name="robots" content="noindex">` : ""}
<link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48"><link rel="icon" href="/icon.svg" type="image/svg+xml">
<link rel="alternate" type="application/rss+xml" title="${name}" href="/feed.xml">${head.extraHead}
<style>${STYLE}</style></head>
<body><a class="skip" href="#main">Skip to content</a>
<header class="site"><div class="wrap"><a class="brand" href="/">${name}</a>
<form class="find" role="search" action="/search" method="get"><label for="q" class="skip">Search stories</label><input id="q" name="q" type="search" maxlength="200" value="${searchQuery}" placeholder="Search stories"><button type="submit">Search</button></form></div></header>
<main id="main" class="wrap">${main}</main>
<footer class="site"><div class="wrap"><a href="/feed.xml">RSS feed</a> · <a href="/sitemap.xml">Sitemap</a></div></footer>
<script>${SCRIPT}</script></body></html>`.value
  );
}
