import { Mark, mergeAttributes } from "@tiptap/core";

export interface TagLinkOptions {
  /** Extra HTML attributes on the rendered link. */
  HTMLAttributes: Record<string, string>;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    tagLink: {
      /** Link the selected words to a tag of the vocabulary. */
      setTagLink: (attributes: { tagId: string; slug: string }) => ReturnType;
      unsetTagLink: () => ReturnType;
    };
  }
}

/**
 * An inline link from words in the text to a tag's page (/tags/<slug>). The tag id is kept so that
 * a renamed or merged tag can be followed; the slug is what the reader's link uses.
 */
export const TagLink = Mark.create<TagLinkOptions>({
  name: "tagLink",
  priority: 1001,
  inclusive: false,
  excludes: "link tagLink",

  addOptions() {
    return { HTMLAttributes: { class: "tag-link" } };
  },

  addAttributes() {
    return {
      tagId: {
        default: null,
        parseHTML: (el) => el.getAttribute("data-tag-id"),
        renderHTML: (a) => ({ "data-tag-id": a.tagId }),
      },
      slug: {
        default: null,
        parseHTML: (el) => el.getAttribute("data-tag-slug"),
        renderHTML: (a) => ({ href: `/tags/${encodeURIComponent(String(a.slug ?? ""))}` }),
      },
    };
  },

  parseHTML() {
    return [{ tag: "a[data-tag-id]" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["a", mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      setTagLink:
        (attributes) =>
        ({ commands }) =>
          commands.setMark(this.name, attributes),
      unsetTagLink:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name),
    };
  },
});
