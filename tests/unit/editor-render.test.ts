import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { renderStoryHtml } from "../../lib/editor/render";
import { deriveBody } from "../../lib/stories/derive";

type Mark = { type: string; attrs?: Record<string, string> };
const text = (t: string, marks?: Mark[]): JSONContent => ({
  type: "text",
  text: t,
  ...(marks ? { marks } : {}),
});

describe("the reader's HTML from the editor's document", () => {
  const doc: JSONContent = {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          text("China tightened "),
          text("export restrictions", [
            { type: "tagLink", attrs: { tagId: "t1", slug: "export-restrictions" } },
          ]),
          text(" on "),
          text("rare earth magnets", [{ type: "sourceRef", attrs: { sourceId: "s1" } }]),
          text("."),
        ],
      },
      {
        type: "blockquote",
        content: [{ type: "paragraph", content: [text("We will respond.", [{ type: "italic" }])] }],
      },
      {
        type: "bulletList",
        content: [{ type: "listItem", content: [{ type: "paragraph", content: [text("one")] }] }],
      },
      {
        type: "paragraph",
        content: [
          text("bad", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]),
          text(" good", [{ type: "link", attrs: { href: "https://example.com/" } }]),
        ],
      },
    ],
  };

  it("links tagged words to the tag's page and drops the attribution mark", () => {
    const html = renderStoryHtml(doc);
    expect(html).toMatch(
      /<a class="tag-link"[^>]* href="\/tags\/export-restrictions">export restrictions<\/a>/,
    );
    expect(html).toContain("rare earth magnets");
    expect(html).not.toContain("s1");
    expect(html).not.toContain("source-ref");
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<ul>");
  });

  it("never renders an unsafe link, even if one reached the store", () => {
    const html = renderStoryHtml(doc);
    expect(html).not.toContain("javascript:");
    expect(html).toContain('<a href="https://example.com/" rel="noopener"> good</a>');
  });

  it("derives plain text and a word count for search and the editor's counter", () => {
    const derived = deriveBody(doc);
    expect(derived.bodyText.split("\n\n")[0]).toBe(
      "China tightened export restrictions on rare earth magnets.",
    );
    expect(derived.wordCount).toBe(14); // 8 + 3 + 1 + 2
  });
});
