"use client";

import type { Editor, JSONContent } from "@tiptap/core";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { useEffect, useRef } from "react";
import { storyExtensions } from "@/lib/editor/extensions";
import { Toolbar, type ToolbarProps } from "./toolbar";

export interface RichTextProps extends Omit<ToolbarProps, "editor" | "state"> {
  initialContent: JSONContent;
  editable: boolean;
  onChange: (doc: JSONContent) => void;
  onReady: (editor: Editor) => void;
}

// The Tiptap island: the same extensions as the public renderer, rendered only in the browser.
export function RichText({
  initialContent,
  editable,
  onChange,
  onReady,
  ...toolbar
}: RichTextProps) {
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  const editor = useEditor({
    extensions: storyExtensions,
    content: initialContent,
    editable,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: "story-body",
        "aria-label": "Story text",
        role: "textbox",
        "aria-multiline": "true",
      },
    },
    onUpdate: ({ editor: e }) => onChangeRef.current(e.getJSON()),
  });
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e
        ? {
            bold: e.isActive("bold"),
            italic: e.isActive("italic"),
            h2: e.isActive("heading", { level: 2 }),
            h3: e.isActive("heading", { level: 3 }),
            bullet: e.isActive("bulletList"),
            ordered: e.isActive("orderedList"),
            quote: e.isActive("blockquote"),
            link: e.isActive("link"),
            tagLink: e.isActive("tagLink"),
            sourceRef: e.isActive("sourceRef"),
            empty: e.state.selection.empty,
            canUndo: e.can().undo(),
            canRedo: e.can().redo(),
          }
        : null,
  });
  useEffect(() => {
    if (editor) onReady(editor);
  }, [editor, onReady]);
  return (
    <div className="rich-text">
      {editable && editor && state && <Toolbar editor={editor} state={state} {...toolbar} />}
      <EditorContent editor={editor} />
    </div>
  );
}
