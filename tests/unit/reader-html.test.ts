import { describe, expect, it } from "vitest";
import { html, jsonForScript, trustedHtml } from "@/lib/reader/html";
import { escapeMarkup } from "@/lib/shared/escape";
import { highlightToHtml } from "@/lib/search/highlight";
import { rfc822 } from "@/lib/feeds/xml";

describe("html template", () => {
  it("escapes interpolated text and attributes", () => {
    const evil = `"><script>alert('x')</script>&`;
    const out = html`<a title="${evil}">${evil}</a>`.value;
    expect(out).not.toContain("<script>");
    expect(out).toBe(
      `<a title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</a>`,
    );
  });

  it("passes nested templates and trusted HTML through, and flattens arrays", () => {
    const items = ["a<b", "c"].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>${trustedHtml("<p>ok</p>")}`.value).toBe(
      "<ul><li>a&lt;b</li><li>c</li></ul><p>ok</p>",
    );
  });

  it("renders null, undefined and booleans as nothing", () => {
    expect(html`${null}${undefined}${false}${true}${0}`.value).toBe("0");
  });

  it("escapeMarkup leaves plain text alone", () => {
    expect(escapeMarkup("Harbour plan")).toBe("Harbour plan");
  });
});

describe("jsonForScript", () => {
  it("cannot close the script element", () => {
    const out = jsonForScript({ headline: "</script><script>alert(1)</script>" }).value;
    expect(out).not.toContain("</script>");
    expect(JSON.parse(out)).toEqual({ headline: "</script><script>alert(1)</script>" });
  });
});

describe("search highlight", () => {
  it("escapes the excerpt and keeps only our highlight marks", () => {
    expect(highlightToHtml("a <b>\u0001rent\u0002</b> cap")).toBe(
      "a &lt;b&gt;<mark>rent</mark>&lt;/b&gt; cap",
    );
  });

  it("escapes the story text around the marks and keeps the marks", () => {
    expect(highlightToHtml(`<b>"rent"</b> \u0001rise\u0002 & more`)).toBe(
      "&lt;b&gt;&quot;rent&quot;&lt;/b&gt; <mark>rise</mark> &amp; more",
    );
  });

  it("closes an unbalanced mark", () => {
    expect(highlightToHtml("\u0001rent")).toBe("<mark>rent</mark>");
  });
});

describe("xml", () => {
  it("escapes markup and strips characters XML forbids", () => {
    expect(escapeMarkup(`a & b < "c" 'd'\u0000\u0008`)).toBe(
      "a &amp; b &lt; &quot;c&quot; &#39;d&#39;",
    );
  });

  it("formats RFC 822 dates", () => {
    expect(rfc822(new Date("2026-11-28T14:05:00Z"))).toBe("Sat, 28 Nov 2026 14:05:00 GMT");
  });
});
