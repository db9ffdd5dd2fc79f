import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderRss } from "@/lib/feeds/rss";
import { renderNewsSitemap, renderSitemap } from "@/lib/feeds/sitemap";

// Feeds and sitemaps: escaping, dates, and (when xmllint is installed) the sitemaps.org schema.

// Kept in the repository (tests/schemas/README.md): a missing file fails the test, never skips it.
const XSD = path.join(import.meta.dirname, "../schemas/sitemap.xsd");
const hasXmllint = spawnSync("xmllint", ["--version"], { stdio: "ignore" }).status === 0;

function xmllint(xml: string, schema?: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "reader-xml-")), "doc.xml");
  writeFileSync(file, xml);
  return spawnSync("xmllint", ["--noout", ...(schema ? ["--schema", schema] : []), file], {
    encoding: "utf8",
  });
}

const published = new Date("2026-11-28T14:05:00Z");
const rss = renderRss(
  { title: "News & <views>", description: "", pagePath: "/", selfPath: "/feed.xml" },
  [
    {
      slug: "a-story",
      headline: `Rents "capped" & <b>frozen</b>\u0001`,
      summary: "x < y",
      publishedAt: published,
      authors: ["Ada", "Bo"],
      categories: ["Housing & rent"],
    },
  ],
);

describe("RSS 2.0", () => {
  it("escapes text, drops forbidden characters and uses RFC 822 dates, permalink guids and atom:link self", () => {
    expect(rss).toContain(
      "<title>Rents &quot;capped&quot; &amp; &lt;b&gt;frozen&lt;/b&gt;</title>",
    );
    expect(rss).not.toContain("\u0001");
    expect(rss).toContain("<pubDate>Sat, 28 Nov 2026 14:05:00 GMT</pubDate>");
    expect(rss).toMatch(/<guid isPermaLink="true">http[^<]+\/news\/a-story<\/guid>/);
    expect(rss).toMatch(
      /<atom:link href="http[^"]+\/feed.xml" rel="self" type="application\/rss\+xml"\/>/,
    );
    expect(rss).toContain("<category>Housing &amp; rent</category>");
  });

  it.skipIf(!hasXmllint)("is well-formed XML (xmllint)", () => {
    expect(xmllint(rss).status).toBe(0);
  });
});

describe("sitemaps", () => {
  const sitemap = renderSitemap([
    { path: "/" },
    { path: "/news/a-story", lastModified: published },
    { path: "/tags/a&b" },
  ]);
  const news = renderNewsSitemap([
    { path: "/news/a-story", headline: "A & B", publishedAt: published, keywords: [] },
  ]);

  it("lists absolute, escaped URLs with W3C dates", () => {
    expect(sitemap).toMatch(
      /<loc>http[^<]+\/news\/a-story<\/loc><lastmod>2026-11-28T14:05:00.000Z<\/lastmod>/,
    );
    expect(sitemap).toContain("/tags/a&amp;b</loc>");
    expect(news).toContain("<news:title>A &amp; B</news:title>");
    expect(news).toContain(
      "<news:publication_date>2026-11-28T14:05:00.000Z</news:publication_date>",
    );
  });

  it.skipIf(!hasXmllint)("validates against the sitemaps.org schema (xmllint)", () => {
    const result = xmllint(sitemap, XSD);
    expect(result.stderr).toContain("validates");
    expect(xmllint(news).status).toBe(0);
  });
});
