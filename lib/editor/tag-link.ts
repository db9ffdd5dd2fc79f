import { Mark } from "@tiptap/core";
import { dataAttribute, elementMark, markCommands, type ElementMarkOptions } from "./element-mark";

export type TagLinkOptions = ElementMarkOptions;

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
  ...elementMark("a", "data-tag-id", "tag-link"),

  addAttributes() {
    return {
      tagId: dataAttribute("tagId", "data-tag-id"),
      slug: {
        default: null,
        parseHTML: (el) => el.getAttribute("data-tag-slug"),
        renderHTML: (a) => ({ href: `/tags/${encodeURIComponent(String(a.slug ?? ""))}` }),
      },
    };
  },

  addCommands() {
    const { set, unset } = markCommands<{ tagId: string; slug: string }>(this.name);
    return { setTagLink: set, unsetTagLink: unset };
  },
});
