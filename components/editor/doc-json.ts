import type { JSONContent } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";

// The text as JSON, for autosave, the browser copy and the counts, without walking the whole story
// each time. ProseMirror never changes a node: an edit makes new nodes along the path it touched
// and reuses every other one. So each top-level block's JSON is kept, keyed by the node itself,
// and only the blocks an edit replaced are serialised again. The result equals `doc.toJSON()`
// (and Tiptap's `editor.getJSON()`); its parts are shared between calls, so treat it as read-only.

const blocks = new WeakMap<PMNode, JSONContent>();

/** `doc.toJSON()`, reusing the JSON of every top-level block that did not change. */
export function documentJSON(doc: PMNode): JSONContent {
  // Same shape as ProseMirror's Node.toJSON: attrs only when there are any, content when not empty.
  const json: JSONContent = { type: doc.type.name };
  if (Object.keys(doc.attrs).length) json.attrs = doc.attrs;
  if (doc.childCount) {
    const content: JSONContent[] = [];
    doc.forEach((block) => {
      let part = blocks.get(block);
      if (!part) {
        part = block.toJSON() as JSONContent;
        blocks.set(block, part);
      }
      content.push(part);
    });
    json.content = content;
  }
  if (doc.marks.length)
    json.marks = doc.marks.map((m) => m.toJSON() as NonNullable<JSONContent["marks"]>[number]);
  return json;
}

type IdleHandle = { cancel: () => void };

/**
 * Run `task` when the browser has nothing else to do (a keystroke and its frame come first), and
 * at the latest after `timeoutMs`. Browsers without requestIdleCallback (Safari) run it on the
 * next turn of the event loop.
 */
export function whenIdle(task: () => void, timeoutMs: number): IdleHandle {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(task, { timeout: timeoutMs });
    return { cancel: () => window.cancelIdleCallback(id) };
  }
  const id = setTimeout(task, 0);
  return { cancel: () => clearTimeout(id) };
}
