import type { Extensions } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { ImageNode } from "./image-node";
import { isSafeLinkUrl } from "./safe-url";
import { SourceRef } from "./source-ref";
import { TagLink } from "./tag-link";

// The one list of what a story can contain, shared by the editor and the public renderer:
// what the editor can make is exactly what the site can show.
export const storyExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      protocols: ["http", "https", "mailto"],
      defaultProtocol: "https",
      isAllowedUri: (url) => isSafeLinkUrl(url),
      HTMLAttributes: { rel: "noopener", target: null },
    },
  }),
  TagLink,
  SourceRef,
  ImageNode,
];

/** Node and mark names a stored document may use; anything else is refused on save. */
export const ALLOWED_NODES = [
  "doc",
  "paragraph",
  "text",
  "heading",
  "bulletList",
  "orderedList",
  "listItem",
  "blockquote",
  "hardBreak",
  "image",
] as const;
export const ALLOWED_MARKS = ["bold", "italic", "strike", "link", "tagLink", "sourceRef"] as const;
