// Prints what rendering one ~900-word story to the reader's HTML costs (done once per save).
//   npx tsx bench/render.ts
import type { JSONContent } from "@tiptap/core";
import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import { storyExtensions } from "../lib/editor/extensions";
import { renderStoryHtml } from "../lib/editor/render";

const words =
  "the port authority said on tuesday that talks with the dock workers union would resume after".split(
    " ",
  );
const paragraph = (i: number): JSONContent => ({
  type: "paragraph",
  content: [
    {
      type: "text",
      text: Array.from({ length: 40 }, (_, j) => words[(i + j) % words.length]).join(" ") + " ",
    },
    {
      type: "text",
      text: "export restrictions",
      marks: [{ type: "tagLink", attrs: { tagId: "t1", slug: "trade" } }],
    },
    {
      type: "text",
      text: ", two officials said.",
      marks: [{ type: "sourceRef", attrs: { sourceId: "s1" } }],
    },
  ],
});
const doc: JSONContent = {
  type: "doc",
  content: Array.from({ length: 20 }, (_, i) =>
    i % 6 === 5
      ? { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Next steps" }] }
      : paragraph(i),
  ),
};

function time(label: string, fn: () => string, runs = 300) {
  for (let i = 0; i < 20; i++) fn();
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  console.log(`${label.padEnd(48)} ${((performance.now() - start) / runs).toFixed(2)} ms a story`);
}

console.log(`story: ${JSON.stringify(doc).length} bytes of JSON, ~${doc.content?.length} blocks`);
time("renderStoryHtml (schema and mappings built once)", () => renderStoryHtml(doc));
time("renderToHTMLString (rebuilt every call)", () =>
  renderToHTMLString({ extensions: storyExtensions, content: doc }),
);
