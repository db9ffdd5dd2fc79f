import { getSchema } from "@tiptap/core";
import { EditorState, TextSelection } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { documentJSON } from "../../components/editor/doc-json";
import { storyExtensions } from "../../lib/editor/extensions";

const schema = getSchema(storyExtensions);

const story = schema.nodeFromJSON({
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Harbour" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Pilots " },
        {
          type: "text",
          text: "walked out",
          marks: [{ type: "bold" }, { type: "link", attrs: { href: "https://example.org/a" } }],
        },
        { type: "text", text: " at night." },
      ],
    },
    { type: "paragraph" },
    {
      type: "bulletList",
      content: [
        {
          type: "listItem",
          content: [{ type: "paragraph", content: [{ type: "text", text: "Pay" }] }],
        },
      ],
    },
  ],
});

describe("documentJSON (the text's JSON, reusing unchanged blocks)", () => {
  it("equals ProseMirror's own toJSON", () => {
    expect(documentJSON(story)).toEqual(story.toJSON());
    expect(JSON.stringify(documentJSON(story))).toBe(JSON.stringify(story.toJSON()));
  });

  it("after an edit: the changed block is new, the others are reused, and it still equals toJSON", () => {
    const state = EditorState.create({ schema, doc: story });
    const before = documentJSON(state.doc);
    // Type two characters at the end of the first paragraph ("…at night.|").
    const end = state.doc.child(0).nodeSize + state.doc.child(1).nodeSize - 1;
    const typed = state.apply(
      state.tr.setSelection(TextSelection.create(state.doc, end)).insertText("!!"),
    );
    const after = documentJSON(typed.doc);
    expect(after).toEqual(typed.doc.toJSON());
    expect(after.content?.[1]).not.toBe(before.content?.[1]);
    expect(after.content?.[0]).toBe(before.content?.[0]);
    expect(after.content?.[3]).toBe(before.content?.[3]);
    expect(JSON.stringify(after)).toContain("at night.!!");
  });

  it("an empty document is one empty paragraph, as toJSON has it", () => {
    const empty = schema.nodeFromJSON({ type: "doc", content: [{ type: "paragraph" }] });
    expect(documentJSON(empty)).toEqual(empty.toJSON());
  });
});
