import { getSchema } from "@tiptap/core";
import { EditorState, TextSelection } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { insertSentenceTransaction } from "../../lib/editor/insert-sentence";
import { storyExtensions } from "../../lib/editor/extensions";

const schema = getSchema(storyExtensions);
const SENTENCE = "The White House did not respond to a request for comment.";

function stateOf(paragraphs: string[], caret?: { paragraph: number; offset: number }) {
  const doc = schema.nodeFromJSON({
    type: "doc",
    content: paragraphs.map((t) => ({
      type: "paragraph",
      content: t ? [{ type: "text", text: t }] : [],
    })),
  });
  const state = EditorState.create({ schema, doc });
  if (!caret) return state;
  let pos = 0;
  for (let i = 0; i < caret.paragraph; i++) pos += doc.child(i).nodeSize;
  return state.apply(state.tr.setSelection(TextSelection.create(doc, pos + 1 + caret.offset)));
}

const paragraphsAfter = (state: EditorState, text: string, placed: boolean) => {
  const tr = insertSentenceTransaction(state, text, placed);
  if (!tr) throw new Error("nothing inserted");
  const next = state.apply(tr);
  const out: string[] = [];
  next.doc.forEach((p) => out.push(p.textContent));
  return { paragraphs: out, doc: next.doc, caret: next.selection.from };
};

describe("inserting a standard sentence", () => {
  it("after a sentence at the caret, spaced as a sentence", () => {
    const first = "It followed the disclosure.";
    const state = stateOf([first], { paragraph: 0, offset: first.length });
    expect(paragraphsAfter(state, SENTENCE, true).paragraphs).toEqual([`${first} ${SENTENCE}`]);
  });

  it("between two sentences, with a space on each side", () => {
    const state = stateOf(["One. Two."], { paragraph: 0, offset: 4 });
    expect(paragraphsAfter(state, SENTENCE, true).paragraphs).toEqual([`One. ${SENTENCE} Two.`]);
  });

  it("into the empty paragraph the caret is in", () => {
    const state = stateOf(["Lead.", ""], { paragraph: 1, offset: 0 });
    expect(paragraphsAfter(state, SENTENCE, true).paragraphs).toEqual(["Lead.", SENTENCE]);
  });

  it("as its own paragraph at the end when the writer has not placed the caret", () => {
    const state = stateOf(["Lead.", "Second paragraph."]);
    const { paragraphs, caret, doc } = paragraphsAfter(state, SENTENCE, false);
    expect(paragraphs).toEqual(["Lead.", "Second paragraph.", SENTENCE]);
    expect(caret).toBe(doc.content.size - 1);
  });

  it("inserts markup as the characters it is, never as links or marks", () => {
    const org = '<a href="https://evil.example/x">the Ministry</a> <b>bold</b>';
    const ours =
      '<a data-tag-id="t1" data-tag-slug="x">tag</a><span data-source-id="s1">src</span>';
    const state = stateOf(["Lead."], { paragraph: 0, offset: 5 });
    const { doc, paragraphs } = paragraphsAfter(state, `${org} ${ours} did not respond.`, true);
    expect(paragraphs[0]).toBe(`Lead. ${org} ${ours} did not respond.`);
    const marks: string[] = [];
    doc.descendants((n) => {
      n.marks.forEach((m) => marks.push(m.type.name));
    });
    expect(marks).toEqual([]);
  });

  it("does not carry the marks of the words at the caret", () => {
    const doc = schema.nodeFromJSON({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "linked", marks: [{ type: "link", attrs: { href: "/x" } }] },
          ],
        },
      ],
    });
    const base = EditorState.create({ schema, doc });
    const state = base.apply(base.tr.setSelection(TextSelection.create(doc, 7)));
    const next = state.apply(insertSentenceTransaction(state, SENTENCE, true)!);
    const unmarked: string[] = [];
    next.doc.descendants((n) => {
      if (n.isText && n.marks.length === 0) unmarked.push(n.text ?? "");
    });
    expect(unmarked).toEqual([` ${SENTENCE}`]);
  });
});
