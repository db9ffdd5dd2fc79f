import { mergeAttributes, type Attribute, type CommandProps, type MarkConfig } from "@tiptap/core";

// What the story's own marks (a source's passage, a tag's link) have in common: each is drawn as
// one element that carries a data attribute, and is set and unset as a whole. Each mark still
// declares its own commands (`declare module "@tiptap/core"`), so they keep their types.

export interface ElementMarkOptions {
  /** Extra HTML attributes on the marked element in the editor. */
  HTMLAttributes: Record<string, string>;
}

/**
 * A mark's HTML: drawn as `tag` with the class `className` in the editor, and read back from any
 * `tag` that carries `dataAttribute`.
 */
export function elementMark(tag: "span" | "a", dataAttribute: string, className: string) {
  return {
    addOptions() {
      return { HTMLAttributes: { class: className } };
    },

    parseHTML() {
      return [{ tag: `${tag}[${dataAttribute}]` }];
    },

    renderHTML({ HTMLAttributes }) {
      return [tag, mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), 0];
    },
  } satisfies Partial<MarkConfig<ElementMarkOptions>>;
}

/** An attribute stored in the element's data attribute: `sourceId` in `data-source-id`. */
export function dataAttribute(name: string, htmlAttribute: string): Attribute {
  return {
    default: null,
    parseHTML: (el) => el.getAttribute(htmlAttribute),
    renderHTML: (a) => ({ [htmlAttribute]: a[name] }),
  };
}

/** A mark's two commands: set it on the selection with these attributes, or take it off. */
export function markCommands<Attributes extends Record<string, string>>(name: string) {
  return {
    set:
      (attributes: Attributes) =>
      ({ commands }: CommandProps) =>
        commands.setMark(name, attributes),
    unset:
      () =>
      ({ commands }: CommandProps) =>
        commands.unsetMark(name),
  };
}
