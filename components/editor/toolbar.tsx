"use client";

import type { Editor } from "@tiptap/core";
import { useState } from "react";
import { isSafeLinkUrl } from "@/lib/editor/safe-url";
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
  /** Words were linked to a tag: the story's tag list takes it too (the writer may remove it). */
  onTagLinked?: (tag: TagOption) => void;
}

type Popover = "link" | "tag" | "source" | null;

// Formatting, links, inline tag links and source attribution for the selected words.
export function Toolbar({ editor, state, sources, searchTags, onTagLinked }: ToolbarProps) {
  const [open, setOpen] = useState<Popover>(null);
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
      {button(
        "# Tag link",
        state.tagLink,
        () =>
          state.tagLink
            ? chain().extendMarkRange("tagLink").unsetTagLink().run()
            : setOpen(open === "tag" ? null : "tag"),
        state.empty && !state.tagLink,
        "Link the selected words to a tag",
      )}
      {button(
        "Attribute",
        state.sourceRef,
        () =>
          state.sourceRef
            ? chain().extendMarkRange("sourceRef").unsetSourceRef().run()
            : setOpen(open === "source" ? null : "source"),
        state.empty && !state.sourceRef,
        "Attribute the selected passage to a source",
      )}
      {button("Undo", false, () => chain().undo().run(), !state.canUndo)}
      {button("Redo", false, () => chain().redo().run(), !state.canRedo)}
      {open === "link" && (
        <div className="popover">
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
          <button type="button" className="secondary" onClick={() => setOpen(null)}>
            Cancel
          </button>
        </div>
      )}
      {open === "tag" && (
        <div className="popover">
          <TagSearch
            label="Tag for the selected words"
            search={searchTags}
            onPick={(t) => {
              chain().setTagLink({ tagId: t.id, slug: t.slug }).run();
              onTagLinked?.(t);
              setOpen(null);
            }}
          />
        </div>
      )}
      {open === "source" && (
        <div className="popover">
          {sources.length === 0 ? (
            <p className="muted">Add a source in the Sources panel first.</p>
          ) : (
            <ul className="plain">
              {sources.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => {
                      chain().setSourceRef({ sourceId: s.id }).run();
                      setOpen(null);
                    }}
                  >
                    {s.publicDescription}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
