import type { JSONContent } from "@tiptap/core";
import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import { storyExtensions } from "./extensions";
import { isSafeLinkUrl } from "./safe-url";

// Stored JSON -> the reader's HTML, with the same extensions as the editor. Run once per saved
// version (the result is stored with the story), so its cost is paid at save time, not per reader.
export function renderStoryHtml(doc: JSONContent): string {
  return renderToHTMLString({
    extensions: storyExtensions,
    content: doc,
    options: {
      markMapping: {
        // Attribution is newsroom data: readers get the words, not the mark.
        sourceRef: ({ children }) => (Array.isArray(children) ? children.join("") : (children ?? "")),
        link: ({ mark, children }) => {
          const href = String(mark.attrs.href ?? "");
          const inner = Array.isArray(children) ? children.join("") : (children ?? "");
          if (!isSafeLinkUrl(href)) return inner;
          return `<a href="${escapeAttribute(href)}" rel="noopener">${inner}</a>`;
        },
      },
    },
  });
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
