import type { JSONContent } from "@tiptap/core";

// Story bodies for tests, without a database.

export function paragraphDoc(...paragraphs: string[]): JSONContent {
  return {
    type: "doc",
    content: paragraphs.map((text) => ({
      type: "paragraph",
      content: text ? [{ type: "text", text }] : [],
    })),
  };
}

/** One paragraph of one text run carrying one mark (a link, a tag link, a source reference). */
export function markedDoc(
  text: string,
  mark: NonNullable<JSONContent["marks"]>[number],
): JSONContent {
  return {
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text, marks: [mark] }] }],
  };
}
