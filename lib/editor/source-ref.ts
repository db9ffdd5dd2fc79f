import { Mark } from "@tiptap/core";
import { dataAttribute, elementMark, markCommands, type ElementMarkOptions } from "./element-mark";

export type SourceRefOptions = ElementMarkOptions;

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
  ...elementMark("span", "data-source-id", "source-ref"),

  addAttributes() {
    return { sourceId: dataAttribute("sourceId", "data-source-id") };
  },

  addCommands() {
    const { set, unset } = markCommands<{ sourceId: string }>(this.name);
    return { setSourceRef: set, unsetSourceRef: unset };
  },
});
