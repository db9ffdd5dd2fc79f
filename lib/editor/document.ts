import type { JSONContent } from "@tiptap/core";
import { z } from "zod";
import { ALLOWED_MARKS, ALLOWED_NODES } from "./extensions";
import { isSafeLinkUrl } from "./safe-url";

// The shape of a stored story body, checked on every save: known node and mark types only,
// safe links, and at most 1 MB.

export const MAX_DOCUMENT_BYTES = 1024 * 1024;

const markSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }),
  z.object({ type: z.literal("italic") }),
  z.object({ type: z.literal("strike") }),
  z.object({
    type: z.literal("link"),
    attrs: z.looseObject({
      href: z
        .string()
        .refine(isSafeLinkUrl, { message: "Links may only use http, https or mailto." }),
    }),
  }),
  z.object({
    type: z.literal("tagLink"),
    attrs: z.object({ tagId: z.string().min(1), slug: z.string().min(1) }),
  }),
  z.object({ type: z.literal("sourceRef"), attrs: z.object({ sourceId: z.string().min(1) }) }),
]);

export interface StoryNode {
  type: (typeof ALLOWED_NODES)[number];
  attrs?: Record<string, unknown>;
  content?: StoryNode[];
  text?: string;
  marks?: z.infer<typeof markSchema>[];
}

const nodeSchema: z.ZodType<StoryNode> = z.lazy(() =>
  z.object({
    type: z.enum(ALLOWED_NODES, {
      message: "The document contains an element the editor does not support.",
    }),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(nodeSchema).max(100_000).optional(),
    text: z.string().optional(),
    marks: z.array(markSchema).max(ALLOWED_MARKS.length).optional(),
  }),
);

export const storyDocumentSchema = z
  .custom<unknown>()
  .refine((value) => JSON.stringify(value ?? null).length <= MAX_DOCUMENT_BYTES, {
    message: "The story is larger than 1 MB; split it or remove pasted material.",
  })
  .pipe(
    nodeSchema.refine((doc) => doc.type === "doc", { message: "The body must be a document." }),
  );

export const EMPTY_DOCUMENT: JSONContent = { type: "doc", content: [{ type: "paragraph" }] };

const BLOCK_TYPES = new Set([
  "paragraph",
  "heading",
  "blockquote",
  "listItem",
  "bulletList",
  "orderedList",
]);

/** Plain text of a document: blocks separated by blank lines, for search, excerpts and counts. */
export function documentToPlainText(doc: JSONContent): string {
  const blocks: string[] = [];
  const walk = (node: JSONContent, into: string[]) => {
    if (node.type === "text") into.push(node.text ?? "");
    else if (node.type === "hardBreak") into.push("\n");
    else if (node.type === "paragraph" || node.type === "heading") {
      const parts: string[] = [];
      node.content?.forEach((child) => walk(child, parts));
      const text = parts.join("").trim();
      if (text) blocks.push(text);
    } else node.content?.forEach((child) => walk(child, into));
  };
  walk(doc, []);
  return blocks.join("\n\n");
}

export function countWords(text: string): number {
  const words = text.trim().match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return words ? words.length : 0;
}

/** Reading time at 230 words a minute, at least one minute for any text. */
export function readingMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / 230));
}

export function isBlock(type: string | undefined): boolean {
  return !!type && BLOCK_TYPES.has(type);
}

/** Every id a mark of the given type refers to, in document order, with the text it covers. */
export function collectMarks(
  doc: JSONContent,
  markType: "tagLink" | "sourceRef",
): { id: string; text: string }[] {
  const found: { id: string; text: string }[] = [];
  const walk = (node: JSONContent) => {
    for (const mark of node.marks ?? []) {
      if (mark.type !== markType) continue;
      const id = String((markType === "tagLink" ? mark.attrs?.tagId : mark.attrs?.sourceId) ?? "");
      const last = found[found.length - 1];
      if (last && last.id === id) last.text += node.text ?? "";
      else found.push({ id, text: node.text ?? "" });
    }
    node.content?.forEach(walk);
  };
  walk(doc);
  return found;
}
