import { mergeAttributes, Node } from "@tiptap/core";
import { fallbackSrc, isRenderable } from "@/lib/media/markup";

export interface ImageNodeOptions {
  /** Extra HTML attributes on the figure in the editor. */
  HTMLAttributes: Record<string, string>;
}

/** What an image in the text stores: the library picture it shows, and its words for this story. */
export interface ImageNodeAttributes {
  mediaId: string;
  /** The picture's public file key and size, so the text renders without a database. */
  key: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    image: {
      /** Put a picture from the media library into the text at the cursor. */
      insertImage: (attributes: ImageNodeAttributes) => ReturnType;
    };
  }
}

const attr = (name: string, fallback: string | number) => ({
  default: fallback,
  parseHTML: (el: HTMLElement) => {
    const value = el.getAttribute(`data-${name}`);
    return typeof fallback === "number" ? Number(value ?? fallback) : (value ?? fallback);
  },
  renderHTML: () => ({}),
});

/**
 * A picture inside the story's text: one block, chosen from the media library. The reader's
 * renderer shows it as <figure> with the picture's srcset, a <figcaption> and the credit
 * (lib/editor/render.ts); the editor shows a preview.
 */
export const ImageNode = Node.create<ImageNodeOptions>({
  name: "image",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addOptions() {
    return { HTMLAttributes: { class: "story-image" } };
  },

  addAttributes() {
    return {
      mediaId: attr("media-id", ""),
      key: attr("key", ""),
      width: attr("width", 0),
      height: attr("height", 0),
      alt: attr("alt", ""),
      caption: attr("caption", ""),
      credit: attr("credit", ""),
    };
  },

  parseHTML() {
    return [{ tag: "figure[data-media-id]" }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const a = node.attrs as ImageNodeAttributes;
    return [
      "figure",
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, {
        "data-media-id": a.mediaId,
        "data-key": a.key,
        "data-width": String(a.width),
        "data-height": String(a.height),
        "data-alt": a.alt,
        "data-caption": a.caption,
        "data-credit": a.credit,
      }),
      [
        "img",
        {
          src: isRenderable(a) ? fallbackSrc(a) : "",
          alt: a.alt,
          width: String(a.width),
          height: String(a.height),
        },
      ],
      [
        "figcaption",
        {},
        `${a.caption}${a.caption && a.credit ? " " : ""}${a.credit ? `Photo: ${a.credit}` : "No credit"}${a.alt ? "" : " · No alt text"}`,
      ],
    ];
  },

  addCommands() {
    return {
      insertImage:
        (attributes) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: attributes }),
    };
  },
});
