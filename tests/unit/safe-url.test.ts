import { describe, expect, it } from "vitest";
import { storyDocumentSchema } from "../../lib/editor/document";
import { isSafeLinkUrl } from "../../lib/editor/safe-url";

// Where a browser would go from a link on https://site.example/news/x, for the addresses below.
const browserTarget = (href: string) => new URL(href, "https://site.example/news/x").origin;

describe("link rule, read the way a browser reads an address", () => {
  it("accepts the web, email and paths on this site", () => {
    for (const ok of [
      "https://example.org/a?b=c#d",
      "http://example.org",
      "HTTPS://EXAMPLE.ORG/",
      "mailto:desk@example.org",
      "/news/port-strike-ends",
      "/tags/rare%20earths",
      "/search?q=a%2Fb",
    ])
      expect(isSafeLinkUrl(ok), ok).toBe(true);
  });

  it("refuses every spelling of another site that looks like a path", () => {
    const disguised = [
      "//evil.example/x",
      "/\\evil.example/x",
      "\\\\evil.example/x",
      "\\/evil.example/x",
      "/\t/evil.example/x",
      "/\n/evil.example/x",
      "/\r\n/evil.example/x",
      "\t//evil.example/x",
      "/\\\tevil.example/x",
    ];
    for (const href of disguised) {
      // The test itself checks its premise: a browser really would leave the site.
      expect(browserTarget(href), JSON.stringify(href)).toBe("https://evil.example");
      expect(isSafeLinkUrl(href), JSON.stringify(href)).toBe(false);
    }
  });

  it("refuses encoded slashes and backslashes that a decoding redirect would turn into another site", () => {
    for (const href of [
      "/%2F/evil.example/x",
      "/%2fevil.example",
      "/%5Cevil.example/x",
      "/%5cevil.example",
      "/%09/evil.example",
      "/%E0%A4%A", // not decodable
    ])
      expect(isSafeLinkUrl(href), href).toBe(false);
  });

  it("refuses other schemes, however they are spelt", () => {
    for (const href of [
      "javascript:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      " JavaScript:alert(1)",
      "data:text/html,hi",
      "vbscript:msgbox",
      "file:///etc/passwd",
      "ftp://example.org",
      "news/relative-without-slash",
      "",
      "   ",
      `https://example.org/${"a".repeat(2100)}`,
    ])
      expect(isSafeLinkUrl(href), JSON.stringify(href)).toBe(false);
  });

  it("is the rule of the stored document too", () => {
    const doc = (href: string) => ({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href } }] }],
        },
      ],
    });
    expect(storyDocumentSchema.safeParse(doc("/news/ok")).success).toBe(true);
    for (const href of ["/\\evil.example/x", "/\t/evil.example/x", "/%5Cevil.example/x"]) {
      const r = storyDocumentSchema.safeParse(doc(href));
      expect(r.success, href).toBe(false);
      expect(r.error?.issues[0]?.message).toMatch(/http, https or mailto/);
    }
  });
});
