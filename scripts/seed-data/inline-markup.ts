import type { JSONContent } from "@tiptap/core";

// The demo content is written in a small inline markup so that it reads as prose in the repo:
//   [[tag:SLUG|words]]  [[src:N|words]]  **bold**  _italic_  [words](https://...)
// This turns one paragraph of it into Tiptap text nodes with marks.

export interface MarkupContext {
  tagId(slug: string): string;
  sourceId(index: number): string;
}

type Mark = NonNullable<JSONContent["marks"]>[number];

const TOKEN =
  /\[\[(tag|src):([^|\]]+)\|([^\]]+)\]\]|\*\*([^*]+)\*\*|(?<![\p{L}\p{N}])_([^_]+)_(?![\p{L}\p{N}])|\[([^\]]+)\]\(((?:https?:|mailto:)[^)\s]+)\)/gu;

export function inlineMarkupToNodes(text: string, ctx: MarkupContext): JSONContent[] {
  const nodes: JSONContent[] = [];
  const push = (value: string, marks?: Mark[]) => {
    if (value)
      nodes.push(
        marks?.length ? { type: "text", text: value, marks } : { type: "text", text: value },
      );
  };
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    push(text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] === "tag")
      push(m[3], [{ type: "tagLink", attrs: { tagId: ctx.tagId(m[2]), slug: m[2] } }]);
    else if (m[1] === "src")
      push(m[3], [{ type: "sourceRef", attrs: { sourceId: ctx.sourceId(Number(m[2])) } }]);
    else if (m[4] !== undefined) push(m[4], [{ type: "bold" }]);
    else if (m[5] !== undefined) push(m[5], [{ type: "italic" }]);
    else if (m[6] !== undefined) push(m[6], [{ type: "link", attrs: { href: m[7] } }]);
  }
  push(text.slice(last));
  return nodes;
}
