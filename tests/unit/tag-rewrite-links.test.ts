import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { hasTagLink, rewriteTagLinks } from "@/lib/tags/rewrite-links";

const link = (tagId: string, slug: string, text = "x"): JSONContent => ({
  type: "text",
  text,
  marks: [{ type: "bold" }, { type: "tagLink", attrs: { tagId, slug } }],
});
const doc = (...inline: JSONContent[]): JSONContent => ({
  type: "doc",
  content: [
    { type: "paragraph", content: inline },
    {
      type: "bulletList",
      content: [
        { type: "listItem", content: [{ type: "paragraph", content: [link("b", "bee")] }] },
      ],
    },
  ],
});

describe("rewriteTagLinks", () => {
  it("points links to merged tags at the survivor, at any depth, and keeps other marks", () => {
    const input = doc({ type: "text", text: "plain " }, link("a", "ay"), link("c", "sea"));
    const frozen = JSON.stringify(input);
    const { doc: out, changed } = rewriteTagLinks(input, new Set(["a", "b"]), {
      tagId: "s",
      slug: "survivor",
    });
    expect(changed).toBe(true);
    expect(JSON.stringify(input)).toBe(frozen);
    const texts = JSON.stringify(out);
    expect(texts).not.toContain('"tagId":"a"');
    expect(texts).not.toContain('"tagId":"b"');
    expect(texts).toContain('"tagId":"c","slug":"sea"');
    expect(texts.match(/"tagId":"s","slug":"survivor"/g)).toHaveLength(2);
    expect(texts.match(/"type":"bold"/g)).toHaveLength(3);
  });

  it("returns the same document when nothing links to the merged tags", () => {
    const input = doc(link("c", "sea"));
    const { doc: out, changed } = rewriteTagLinks(input, new Set(["z"]), {
      tagId: "s",
      slug: "survivor",
    });
    expect(changed).toBe(false);
    expect(out).toBe(input);
    expect(hasTagLink(input, new Set(["b"]))).toBe(true);
    expect(hasTagLink(input, new Set(["z"]))).toBe(false);
  });
});
