"use client";

import type { Editor } from "@tiptap/core";
import { useState, type KeyboardEvent } from "react";
import { isSafeLinkUrl } from "@/lib/editor/safe-url";
import { ChoiceList } from "./choice-list";
import { TagSearch, type TagOption } from "./tag-search";

export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  h2: boolean;
  h3: boolean;
  bullet: boolean;
  ordered: boolean;
  quote: boolean;
  link: boolean;
  tagLink: boolean;
  sourceRef: boolean;
  empty: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

export interface ToolbarProps {
  editor: Editor;
  state: ToolbarState;
  sources: { id: string; publicDescription: string }[];
  searchTags: (q: string) => Promise<TagOption[]>;
  /** Editors: create a tag that does not exist yet (the tag, or a problem to show). */
  createTag?: (name: string) => Promise<TagOption | string>;
  /** Reporters: ask the desk for a tag that does not exist yet (a problem to show, or null). */
  askForTag?: (name: string) => Promise<string | null>;
  /** Words were linked to a tag: the story's tag list takes it too (the writer may remove it). */
  onTagLinked?: (tag: TagOption) => void;
  open: Popover;
  setOpen: (open: Popover) => void;
}

export type Popover = "link" | "tag" | "source" | null;

// Formatting, links, inline tag links and source attribution for the selected words. A popover
// closes with Escape and hands the writer back to the text, where they were.
export function Toolbar({
  editor,
  state,
  sources,
  searchTags,
  createTag,
  askForTag,
  onTagLinked,
  open,
  setOpen,
}: ToolbarProps) {
  const [url, setUrl] = useState("");
  const [linkError, setLinkError] = useState("");
  const chain = () => editor.chain().focus();
  const button = (
    label: string,
    active: boolean,
    run: () => void,
    disabled = false,
    title = label,
  ) => (
    <button
      type="button"
      className={active ? "tool active" : "tool"}
      aria-pressed={active}
      onClick={run}
      disabled={disabled}
      title={title}
    >
      {label}
    </button>
  );
  // A mark chosen in a popover (a tag, a source): on marked words the button takes the mark off
  // them; elsewhere it opens (or closes) its popover, which needs words selected.
  const markButton = (
    label: string,
    mark: "tagLink" | "sourceRef",
    popover: Popover,
    title: string,
  ) =>
    button(
      label,
      state[mark],
      () =>
        state[mark]
          ? chain().extendMarkRange(mark).unsetMark(mark).run()
          : setOpen(open === popover ? null : popover),
      state.empty && !state[mark],
      title,
    );
  const applyLink = () => {
    const href = url.trim();
    if (!href) {
      chain().extendMarkRange("link").unsetLink().run();
      setOpen(null);
      return;
    }
    // Refused here and again on the server: only http(s) and mailto.
    if (!isSafeLinkUrl(href)) {
      setLinkError("Links may only use http, https or mailto.");
      return;
    }
    chain().extendMarkRange("link").setLink({ href }).run();
    setOpen(null);
  };
  const close = () => {
    setOpen(null);
    editor.commands.focus();
  };
  const onPopoverKey = (e: KeyboardEvent) => {
    if (e.key !== "Escape") return;
    e.preventDefault();
    close();
  };
  // After linking, the caret goes to the end of the linked words: the next key types, not replaces.
  const linkTag = (t: TagOption) => {
    const end = editor.state.selection.to;
    chain().setTagLink({ tagId: t.id, slug: t.slug }).setTextSelection(end).run();
    onTagLinked?.(t);
    setOpen(null);
  };
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      {button("B", state.bold, () => chain().toggleBold().run(), false, "Bold")}
      {button("I", state.italic, () => chain().toggleItalic().run(), false, "Italic")}
      {button("H2", state.h2, () => chain().toggleHeading({ level: 2 }).run(), false, "Heading")}
      {button("H3", state.h3, () => chain().toggleHeading({ level: 3 }).run(), false, "Subheading")}
      {button(
        "• List",
        state.bullet,
        () => chain().toggleBulletList().run(),
        false,
        "Bulleted list",
      )}
      {button(
        "1. List",
        state.ordered,
        () => chain().toggleOrderedList().run(),
        false,
        "Numbered list",
      )}
      {button("❝ Quote", state.quote, () => chain().toggleBlockquote().run(), false, "Block quote")}
      {button(
        "Link",
        state.link,
        () => {
          setUrl(String(editor.getAttributes("link").href ?? ""));
          setLinkError("");
          setOpen(open === "link" ? null : "link");
        },
        false,
        "Link",
      )}
      {markButton(
        "# Tag link",
        "tagLink",
        "tag",
        "Link the selected words to a tag (Ctrl+Shift+K)",
      )}
      {markButton("Attribute", "sourceRef", "source", "Attribute the selected passage to a source")}
      {button("Undo", false, () => chain().undo().run(), !state.canUndo)}
      {button("Redo", false, () => chain().redo().run(), !state.canRedo)}
      {open === "link" && (
        <div className="popover" onKeyDown={onPopoverKey}>
          <label>
            Link address{" "}
            <input
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), applyLink())}
              placeholder="https://…"
              autoFocus
              aria-invalid={!!linkError}
            />
          </label>
          {linkError && (
            <p className="field-error" role="alert">
              {linkError}
            </p>
          )}
          <button type="button" onClick={applyLink}>
            Apply
          </button>{" "}
          <button type="button" className="secondary" onClick={close}>
            Cancel
          </button>
        </div>
      )}
      {open === "tag" && (
        <div className="popover" onKeyDown={onPopoverKey}>
          <TagSearch
            label="Tag for the selected words"
            search={searchTags}
            onPick={linkTag}
            onCancel={close}
            autoFocus
            onCreate={
              createTag
                ? async (name) => {
                    const r = await createTag(name);
                    if (typeof r === "string") return r;
                    linkTag(r);
                    return null;
                  }
                : undefined
            }
            onAsk={askForTag}
          />
        </div>
      )}
      {open === "source" && (
        <div className="popover" onKeyDown={onPopoverKey}>
          {sources.length === 0 ? (
            <p className="muted">Add a source in the Sources panel first.</p>
          ) : (
            <ChoiceList
              items={sources}
              className="plain"
              label={(s) => s.publicDescription}
              onChoose={(s) => {
                chain().setSourceRef({ sourceId: s.id }).run();
                setOpen(null);
              }}
            />
          )}
        </div>
      )}
    </div>
  );
}
