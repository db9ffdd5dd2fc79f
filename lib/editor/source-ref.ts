import { Mark, mergeAttributes } from "@tiptap/core";

export interface SourceRefOptions {
  /** Extra HTML attributes on the marked passage in the editor. */
  HTMLAttributes: Record<string, string>;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    sourceRef: {
      /** Mark the selected passage as supported by one of the story's sources. */
      setSourceRef: (attributes: { sourceId: string }) => ReturnType;
      unsetSourceRef: () => ReturnType;
    };
  }
}

/**
 * Attribution: a passage supported by one of the story's sources. Only the source's id is stored
 * in the text; who the source is stays in the sources table. The public renderer drops the mark.
 */
export const SourceRef = Mark.create<SourceRefOptions>({
  name: "sourceRef",
  inclusive: false,

  addOptions() {
    return { HTMLAttributes: { class: "source-ref" } };
  },

  addAttributes() {
    return {
      sourceId: {
        default: null,
        parseHTML: (el) => el.getAttribute("data-source-id"),
        renderHTML: (a) => ({ "data-source-id": a.sourceId }),
      },
    };
  },

  parseHTML() {
    return [{ tag: "span[data-source-id]" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["span", mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      setSourceRef:
        (attributes) =>
        ({ commands }) =>
          commands.setMark(this.name, attributes),
      unsetSourceRef:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name),
    };
  },
});
