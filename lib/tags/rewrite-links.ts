import type { JSONContent } from "@tiptap/core";

export interface TagLinkTarget {
  tagId: string;
  slug: string;
}

/**
 * Points every inline tag link (`tagLink` mark) whose tagId is in `from` at `to`. Returns the new
 * document and whether anything changed; the input is not modified.
 */
export function rewriteTagLinks(
  doc: JSONContent,
  from: ReadonlySet<string>,
  to: TagLinkTarget,
): { doc: JSONContent; changed: boolean } {
  let changed = false;
  const walk = (node: JSONContent): JSONContent => {
    let next = node;
    if (node.marks?.some((m) => m.type === "tagLink" && from.has(String(m.attrs?.tagId)))) {
      changed = true;
      next = {
        ...next,
        marks: node.marks.map((m) =>
          m.type === "tagLink" && from.has(String(m.attrs?.tagId))
            ? { ...m, attrs: { ...m.attrs, tagId: to.tagId, slug: to.slug } }
            : m,
        ),
      };
    }
    if (node.content) {
      const content = node.content.map(walk);
      if (content.some((child, i) => child !== node.content?.[i])) next = { ...next, content };
    }
    return next;
  };
  const result = walk(doc);
  return { doc: result, changed };
}

/** Whether a document has an inline link to any of the given tags. */
export function hasTagLink(doc: JSONContent, tagIds: ReadonlySet<string>): boolean {
  return rewriteTagLinks(doc, tagIds, { tagId: "", slug: "" }).changed;
}
