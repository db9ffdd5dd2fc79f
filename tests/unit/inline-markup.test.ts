import { describe, expect, it } from "vitest";
import { inlineMarkupToNodes } from "@/scripts/seed-data/inline-markup";

const ctx = { tagId: (slug: string) => `tag-${slug}`, sourceId: (i: number) => `src-${i}` };

describe("demo content inline markup", () => {
  it("turns markers into Tiptap marks and leaves prose alone", () => {
    const nodes = inlineMarkupToNodes(
      "The [[tag:port-of-halvern|port]] said, [[src:0|according to two officials]], it was **closed** and _quiet_; see [the notice](https://example.org/n).",
      ctx,
    );
    expect(nodes).toEqual([
      { type: "text", text: "The " },
      {
        type: "text",
        text: "port",
        marks: [
          { type: "tagLink", attrs: { tagId: "tag-port-of-halvern", slug: "port-of-halvern" } },
        ],
      },
      { type: "text", text: " said, " },
      {
        type: "text",
        text: "according to two officials",
        marks: [{ type: "sourceRef", attrs: { sourceId: "src-0" } }],
      },
      { type: "text", text: ", it was " },
      { type: "text", text: "closed", marks: [{ type: "bold" }] },
      { type: "text", text: " and " },
      { type: "text", text: "quiet", marks: [{ type: "italic" }] },
      { type: "text", text: "; see " },
      {
        type: "text",
        text: "the notice",
        marks: [{ type: "link", attrs: { href: "https://example.org/n" } }],
      },
      { type: "text", text: "." },
    ]);
  });

  it("does not treat snake_case words as italics", () => {
    expect(inlineMarkupToNodes("a snake_case_name here", ctx)).toEqual([
      { type: "text", text: "a snake_case_name here" },
    ]);
  });
});
