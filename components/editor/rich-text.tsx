"use client";

import type { Editor, JSONContent } from "@tiptap/core";
import type { EditorProps } from "@tiptap/pm/view";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { useEffect, useMemo, useRef, useState } from "react";
import { storyExtensions } from "@/lib/editor/extensions";
import { Toolbar, type Popover, type ToolbarProps } from "./toolbar";
import { endFocusGrace, insertTypedCharacter } from "./typed-input";

export interface RichTextProps extends Omit<ToolbarProps, "editor" | "state" | "open" | "setOpen"> {
  initialContent: JSONContent;
  editable: boolean;
  /** Called on every change of the text. Cheap on purpose: it is not handed the document. */
  onChange: () => void;
  onReady: (editor: Editor) => void;
}

/** Ctrl+Shift+K (⌘⇧K on a Mac): link the selected words to a tag. */
export const TAG_LINK_SHORTCUT = "Control+Shift+K";

// The Tiptap island: the same extensions as the public renderer, rendered only in the browser.
export function RichText({
  initialContent,
  editable,
  onChange,
  onReady,
  ...toolbar
}: RichTextProps) {
  const onChangeRef = useRef(onChange);
  const [open, setOpen] = useState<Popover>(null);
  const openRef = useRef(setOpen);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  // One object for the editor's lifetime: a new one on each render makes useEditor call
  // setOptions, which re-applies every prop to the view on every render of this component.
  const editorProps = useMemo<EditorProps>(
    () => ({
      attributes: {
        class: "story-body",
        "aria-label": "Story text",
        role: "textbox",
        "aria-multiline": "true",
        "aria-keyshortcuts": TAG_LINK_SHORTCUT,
      },
      handleKeyDown: (view, event) => {
        endFocusGrace(view);
        const mod = event.ctrlKey || event.metaKey;
        if (!mod || !event.shiftKey || event.altKey || event.key.toLowerCase() !== "k")
          return false;
        if (view.state.selection.empty) return false;
        openRef.current("tag");
        return true;
      },
      handleKeyPress: insertTypedCharacter,
    }),
    [],
  );
  const editor = useEditor({
    extensions: storyExtensions,
    content: initialContent,
    editable,
    immediatelyRender: false,
    // Its base styles are in editor.css: an injected <style> would carry no CSP nonce.
    injectCSS: false,
    editorProps,
    onUpdate: () => onChangeRef.current(),
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
      {editable && editor && state && (
        <Toolbar editor={editor} state={state} open={open} setOpen={setOpen} {...toolbar} />
      )}
      <EditorContent editor={editor} />
    </div>
  );
}
