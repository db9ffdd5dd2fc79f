import type { EditorView } from "@tiptap/pm/view";

// Two places where ProseMirror trusts the browser's selection over its own, and where Chromium
// moved the writer's caret when keys came quickly (the editor's keyboard e2e tests showed both;
// a busy page on a long story makes keys come quickly relative to frames):
//
// 1. A character typed into an empty paragraph (just after Enter, say) is inserted by the browser
//    in place of the paragraph's placeholder <br>, and ProseMirror then reads the caret back from
//    the DOM. Now and then Chromium reports it *before* the character it just inserted, so the next
//    keys landed in front of it ("fficials met on Friday.O"). There the character is inserted by a
//    transaction instead, at the editor's own selection (what ProseMirror already does for
//    non-text selections, input rules included). Only there: elsewhere the browser's own typing
//    is kept, since it spares ProseMirror rewriting the DOM selection on every key.
// 2. For 200 ms after the editor gains focus, a caret at the very start of the story is taken
//    for the browser's focus reset and replaced with the previous selection; a writer who clicks
//    in and presses Home within that time was sent back. A key pressed in the editor is the
//    writer's own doing, so it ends that grace period.

/** A printable key in an empty paragraph: inserted through a transaction (see 1 above). */
export function insertTypedCharacter(view: EditorView, event: KeyboardEvent): boolean {
  // ProseMirror has already skipped composition, Ctrl (not AltGr) and ⌘ combinations.
  if (!event.charCode || event.isComposing) return false;
  const { empty, $from } = view.state.selection;
  if (!empty || !$from.parent.isTextblock || $from.parent.content.size > 0) return false;
  const text = String.fromCharCode(event.charCode);
  if (/[\r\n]/.test(text)) return false;
  const { from, to } = view.state.selection;
  const insert = () => view.state.tr.insertText(text).scrollIntoView();
  if (!view.someProp("handleTextInput", (f) => f(view, from, to, text, insert)))
    view.dispatch(insert());
  return true;
}

// ProseMirror keeps the time of the last focus on the view's input state (not in its typings).
interface ViewInput {
  input?: { lastFocus?: number };
}

/** A key pressed in the editor: the next caret at the start is the writer's (see 2 above). */
export function endFocusGrace(view: EditorView): void {
  const input = (view as unknown as ViewInput).input;
  if (input && typeof input.lastFocus === "number") input.lastFocus = 0;
}
