import { describe, expect, it } from "vitest";
import { relatedFeed } from "@/lib/reader/article-view";
import type { RelatedItem } from "@/lib/related/public-queries";

// The related-stories feed under an article: a small thumbnail beside each of our stories that has
// a lead image (the markup of the tag pages' lists), none for our stories without one and none for
// another outlet's article.

const now = new Date("2026-11-28T12:00:00Z");
const cropKey = "0123456789abcdef0123";
const items: RelatedItem[] = [
  {
    storyId: "s1",
    outlet: null,
    href: "/news/keepers-vote",
    headline: "Keepers vote on pay offer",
    excerpt: "The union put the offer to its members.",
    publishedAt: new Date(now.getTime() - 4 * 60_000),
    image: { cropKey },
  },
  {
    outlet: "The Coastal Gazette",
    href: "https://gazette.example/keepers",
    headline: "Keepers' strike enters its second week",
    excerpt: "",
    publishedAt: new Date(now.getTime() - 3 * 3_600_000),
  },
  {
    storyId: "s2",
    outlet: null,
    href: "/news/ferry-timetable",
    headline: "Ferry timetable changes",
    excerpt: "Two crossings fewer.",
    publishedAt: null,
    image: null,
  },
];
const feed = relatedFeed(items, now).toString();
const entries = [...feed.matchAll(/<li[^>]*>.*?<\/li>/gs)].map((m) => m[0]);

describe("the related feed", () => {
  it("lists each item with its outlet, time and headline", () => {
    expect(entries).toHaveLength(3);
    expect(entries[0]).toContain('<span class="outlet">Newsroom</span>');
    expect(entries[0]).toContain("4 minutes ago");
    expect(entries[1]).toContain('<span class="outlet">The Coastal Gazette</span>');
    expect(entries[1]).toContain('rel="noopener"');
  });

  it("shows our story's lead image as a small lazy thumbnail, sized, in WebP and JPEG", () => {
    const thumb = entries[0];
    expect(thumb).toMatch(/^<li class="has-thumb"><picture class="thumb">/);
    expect(thumb).toContain(
      `<source type="image/webp" srcset="/media/${cropKey}-t160.webp 160w, /media/${cropKey}-t320.webp 320w" sizes="80px">`,
    );
    expect(thumb).toContain(
      `<img src="/media/${cropKey}-t160.jpg" srcset="/media/${cropKey}-t160.jpg 160w, /media/${cropKey}-t320.jpg 320w" sizes="80px" width="160" height="120" alt="" loading="lazy" decoding="async">`,
    );
    // Decorative beside its linked headline: the picture is not a second, unnamed link.
    expect(thumb.indexOf("<picture")).toBeLessThan(thumb.indexOf("<a "));
    expect(thumb).not.toMatch(/<a [^>]*>\s*<picture/);
  });

  it("shows no picture for a story without one, nor for another outlet's article", () => {
    expect(entries[1]).not.toContain("<picture");
    expect(entries[1]).not.toContain("has-thumb");
    expect(entries[2]).not.toContain("<picture");
    expect(entries[2]).not.toContain("has-thumb");
  });

  it("never builds a file name from a key that is not ours", () => {
    const bad = relatedFeed([{ ...items[0], image: { cropKey: '"><script>x</script>' } }], now);
    expect(bad.toString()).not.toContain("<picture");
    expect(bad.toString()).not.toContain("<script>");
  });
});
