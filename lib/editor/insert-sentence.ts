import type { EditorState, Transaction } from "@tiptap/pm/state";
import { TextSelection } from "@tiptap/pm/state";

// Putting a standard sentence ("The ministry did not respond to a request for comment.") into the
// story. The sentence goes in as plain text, never parsed as HTML: whatever a request's records hold
// (an organisation typed as `<a href=…>`, markup shaped like our tag-link or source marks), the story
// gets those characters, not links or marks.

/**
 * The transaction that inserts `sentence` where a writer expects it: at the caret, spaced from the
 * words around it; in the empty paragraph the caret is in; or, when the writer has not placed the
 * caret since the editor opened, as a paragraph of its own at the end of the story.
 */
export function insertSentenceTransaction(
  state: EditorState,
  sentence: string,
  caretPlaced: boolean,
): Transaction | null {
  const text = sentence.replace(/\s+/g, " ").trim();
  if (!text) return null;
  const { schema } = state;
  const tr = state.tr;
  const $at = state.selection.$to;
  if (!caretPlaced || !$at.parent.isTextblock) {
    const last = state.doc.lastChild;
    if (last?.type.name === "paragraph" && last.content.size === 0) {
      const pos = state.doc.content.size - 1;
      tr.insert(pos, schema.text(text));
      return tr.setSelection(TextSelection.create(tr.doc, pos + text.length)).scrollIntoView();
    }
    tr.insert(state.doc.content.size, schema.nodes.paragraph.create(null, schema.text(text)));
    return tr.setSelection(TextSelection.create(tr.doc, tr.doc.content.size - 1)).scrollIntoView();
  }
  const before = $at.parent.textBetween(0, $at.parentOffset, undefined, " ");
  const after = $at.parent.textBetween($at.parentOffset, $at.parent.content.size, undefined, " ");
  const lead = before && !/\s$/.test(before) ? " " : "";
  const trail = after && !/^\s/.test(after) ? " " : "";
  // A text node of our own, with no marks: not the marks of the words at the caret either.
  tr.insert($at.pos, schema.text(lead + text + trail));
  tr.setStoredMarks([]);
  const end = $at.pos + lead.length + text.length + trail.length;
  return tr.setSelection(TextSelection.create(tr.doc, end)).scrollIntoView();
}
