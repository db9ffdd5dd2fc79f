import { cropPath, figureHtml, preloadHtml, thumbHtml } from "@/lib/media/markup";
import type { RelatedItem } from "@/lib/related/public-queries";
import type { Article } from "@/lib/stories/public-queries";
import { html, jsonForScript, trustedHtml, type SafeHtml } from "./html";
import { newsArticleJsonLd } from "./json-ld";
import { layout } from "./layout";
import { absoluteTime, relativeTime } from "./relative-time";
import {
  channelText,
  headcountText,
  nameAtStart,
  nameInside,
  outcomeText,
  sourcingSummary,
} from "./reporting";
import { absoluteUrl, authorPath, siteName, storyPath, tagPath } from "./site";

// The article page: headline, bylines, times, the body (pre-rendered at save), hashtags, the
// "How we reported this" box, and the related-stories feed.

export const timeTag = (d: Date, text = absoluteTime(d)) =>
  html`<time datetime="${d.toISOString()}">${text}</time>`;
export const relTime = (d: Date, now: Date) =>
  html`<time datetime="${d.toISOString()}" data-rel>${relativeTime(d, now)}</time>`;

export function bylineLinks(bylines: Article["bylines"]): SafeHtml {
  const links = bylines.map((b) => html`<a href="${authorPath(b.user.slug)}">${b.user.name}</a>`);
  if (links.length === 0) return html``;
  const joined =
    links.length === 1
      ? links
      : [
          ...links.slice(0, -1).flatMap((l, i) => (i ? [html`, `, l] : [l])),
          html` and `,
          links[links.length - 1],
        ];
  return html`By ${joined}`;
}

function reportingBox(a: Article): SafeHtml {
  const named = a.sources.filter((s) => !s.anonymous);
  const anonymous = a.sources.filter((s) => s.anonymous);
  return html`<section class="box" aria-labelledby="reporting"><h2 id="reporting">How we reported this</h2>
<p>${sourcingSummary(a.sources)}</p>
${named.length ? html`<h3>Named sources</h3><ul>${named.map((s) => html`<li>${s.publicDescription}${s.basisOfKnowledge ? html` — ${s.basisOfKnowledge}` : ""}</li>`)}</ul>` : ""}
${anonymous.length ? html`<h3>Anonymous sources</h3><ul>${anonymous.map((s) => html`<li>${s.publicDescription}${headcountText(s) ? html` ${headcountText(s)}` : ""}${s.basisOfKnowledge ? html` — ${s.basisOfKnowledge}` : ""}${s.anonymityReason ? html`<br><strong>Why anonymous:</strong> ${s.anonymityReason}` : ""}</li>`)}</ul>` : ""}
<h3>Requests for comment</h3>${a.commentRequests.length ? html`<ul>${a.commentRequests.map((r) => html`<li>We asked <strong>${nameInside(r.organisation)}</strong> for comment${channelText(r.channel) ? html` ${channelText(r.channel)}` : ""} on ${timeTag(r.sentAt)}${r.deadline ? html`, with a deadline of ${timeTag(r.deadline)}` : ""}. ${nameAtStart(r.organisation)} ${outcomeText(r)}${r.respondedAt && r.outcome === "RESPONDED" ? html` on ${timeTag(r.respondedAt)}` : ""}.${r.outcome === "RESPONDED" && r.responseText ? html` The response: “${r.responseText}”` : ""}</li>`)}</ul>` : html`<p>We did not ask anyone for comment for this story.</p>`}
<h3 id="corrections">Corrections and updates</h3>${a.corrections.length ? html`<ul>${a.corrections.map((c) => html`<li><strong>${c.kind === "CORRECTION" ? "Correction" : "Update"}</strong>, ${timeTag(c.createdAt)}: ${c.text}</li>`)}</ul>` : html`<p>None.</p>`}
</section>`;
}

export function relatedFeed(items: readonly RelatedItem[], now: Date): SafeHtml {
  if (items.length === 0) return html``;
  const ours = siteName();
  return html`<section aria-labelledby="related"><h2 id="related">Related stories</h2><ol class="list">${items.map(
    (
      item,
    ) => html`<li${item.image ? html` class="has-thumb"` : ""}>${item.image ? trustedHtml(thumbHtml(item.image)) : ""}<p class="small"><span class="outlet">${item.outlet ?? ours}</span>${item.publishedAt ? html` · ${relTime(item.publishedAt, now)}` : ""}</p>
<h3><a href="${item.href}"${item.outlet ? html` rel="noopener"` : ""}>${item.headline}</a></h3>${item.excerpt ? html`<p>${item.excerpt}</p>` : ""}</li>`,
  )}</ol></section>`;
}

/** og:image (the 16:9 crop, 1200 x 675), Twitter's large card, and the lead image's preload. */
function imageHead(a: Article): SafeHtml {
  const img = a.leadImage;
  if (!img) return html`<meta name="twitter:card" content="summary">`;
  const src = absoluteUrl(cropPath(img.cropKey, "16x9"));
  return html`${trustedHtml(preloadHtml(img))}
<meta property="og:image" content="${src}"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="675"><meta property="og:image:alt" content="${img.alt}">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:image" content="${src}"><meta name="twitter:image:alt" content="${img.alt}">`;
}

function socialHead(a: Article, url: string): SafeHtml {
  const published = (a.firstPublishedAt ?? a.publishedAt) as Date;
  return html`${imageHead(a)}
<meta property="og:type" content="article"><meta property="og:title" content="${a.headline}"><meta property="og:description" content="${a.summary}"><meta property="og:url" content="${url}"><meta property="og:site_name" content="${siteName()}">
<meta property="article:published_time" content="${published.toISOString()}"><meta property="article:modified_time" content="${a.updatedAt.toISOString()}">${a.tags.map((t) => html`<meta property="article:tag" content="${t.tag.name}">`)}
<meta name="twitter:title" content="${a.headline}"><meta name="twitter:description" content="${a.summary}">
<script type="application/ld+json">${jsonForScript(newsArticleJsonLd(a))}</script>`;
}

export function articlePage(a: Article, related: readonly RelatedItem[], now = new Date()): string {
  const url = absoluteUrl(storyPath(a.slug));
  const published = (a.firstPublishedAt ?? a.publishedAt) as Date;
  const updated =
    a.updatedAt.getTime() - (a.publishedAt as Date).getTime() > 60_000 ? a.updatedAt : null;
  const main = html`<article><header><h1>${a.headline}</h1>${a.summary ? html`<p class="summary">${a.summary}</p>` : ""}
<p class="meta">${bylineLinks(a.bylines)}${a.dateline ? html` · ${a.dateline}` : ""}<br>Published ${timeTag(published)}${updated ? html` · Updated ${timeTag(updated)}` : ""}${a.corrections.length ? html` · <a href="#corrections">Corrections and updates</a>` : ""}</p></header>
${a.leadImage ? trustedHtml(figureHtml(a.leadImage, { priority: true, className: "image lead" })) : ""}
<div class="body">${trustedHtml(a.bodyHtml)}</div>
${a.tags.length ? html`<ul class="tags" aria-label="Tags">${a.tags.map((t) => html`<li><a href="${tagPath(t.tag.slug)}">#${t.tag.name}</a></li>`)}</ul>` : ""}
${reportingBox(a)}</article>
${relatedFeed(related, now)}`;
  return layout(
    { title: a.headline, description: a.summary, canonical: url, extraHead: socialHead(a, url) },
    main,
  );
}
