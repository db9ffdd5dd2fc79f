import {
  getAttributesFromExtensions,
  getSchemaByResolvedExtensions,
  resolveExtensions,
  splitExtensions,
  type JSONContent,
} from "@tiptap/core";
import { Node, type Mark } from "@tiptap/pm/model";
import {
  escapeHTML,
  renderJSONContentToString,
  serializeChildrenToHTMLString,
} from "@tiptap/static-renderer/json/html-string";
import {
  domOutputSpecToHTMLString,
  mapMarkExtensionToReactNode,
  mapNodeExtensionToReactNode,
} from "@tiptap/static-renderer/pm/html-string";
import { figureHtml } from "@/lib/media/markup";
import { storyExtensions } from "./extensions";
import { escapeMarkup } from "@/lib/shared/escape";
import { isSafeLinkUrl } from "./safe-url";

// Stored JSON -> the reader's HTML, with the same extensions as the editor. Run once per saved
// version (the result is stored with the story), and the schema and the node/mark mappings are
// built once per process, not per call (what @tiptap/static-renderer's renderToHTMLString would redo).

type Children = string | string[] | undefined;
const join = (children: Children) =>
  Array.isArray(children) ? children.join("") : (children ?? "");

const extensions = resolveExtensions(storyExtensions);
const schema = getSchemaByResolvedExtensions(extensions);
const attributes = getAttributesFromExtensions(extensions);
const { nodeExtensions, markExtensions } = splitExtensions(extensions);

// Typed for ProseMirror nodes (with schema defaults filled in), which the renderer walks as it does JSON.
const render = renderJSONContentToString<Mark, Node>({
  nodeMapping: {
    ...Object.fromEntries(
      nodeExtensions
        .filter((e) => e.name !== "doc" && e.name !== "text")
        .map((e) => mapNodeExtensionToReactNode<string>(domOutputSpecToHTMLString, e, attributes)),
    ),
    doc: ({ children }) => serializeChildrenToHTMLString(children),
    text: ({ node }) => escapeHTML(node.text ?? ""),
    // A picture from the media library: <figure> with srcset, caption and credit (escaped there).
    image: ({ node }) =>
      figureHtml({
        key: String(node.attrs.key ?? ""),
        width: Number(node.attrs.width),
        height: Number(node.attrs.height),
        alt: String(node.attrs.alt ?? ""),
        caption: String(node.attrs.caption ?? ""),
        credit: String(node.attrs.credit ?? ""),
      }),
  },
  markMapping: {
    ...Object.fromEntries(
      markExtensions.map((e) =>
        mapMarkExtensionToReactNode<string>(domOutputSpecToHTMLString, e, attributes),
      ),
    ),
    // Attribution is newsroom data: readers get the words, not the mark.
    sourceRef: ({ children }) => join(children),
    link: ({ mark, children }) => {
      const href = String(mark.attrs.href ?? "");
      if (!isSafeLinkUrl(href)) return join(children);
      return `<a href="${escapeMarkup(href)}" rel="noopener">${join(children)}</a>`;
    },
  },
});

/** Throws on a document the schema does not accept (unknown node or mark types). */
export function renderStoryHtml(doc: JSONContent): string {
  return render({ content: Node.fromJSON(schema, doc) });
}
