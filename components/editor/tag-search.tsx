"use client";

import { useEffect, useId, useState } from "react";

export interface TagOption {
  id: string;
  name: string;
  slug: string;
}

export interface TagSearchProps {
  label: string;
  search: (q: string) => Promise<TagOption[]>;
  onPick: (tag: TagOption) => void;
  /** Editors: add the typed name to the vocabulary (returns a problem to show, or null). */
  onCreate?: (name: string) => Promise<string | null>;
  /** Reporters: ask the desk to add the typed name (returns a problem to show, or null). */
  onAsk?: (name: string) => Promise<string | null>;
  /** Escape: the caller closes the search and puts the writer back where they were. */
  onCancel?: () => void;
  autoFocus?: boolean;
}

// Search-as-you-type over the tag vocabulary (name, slug, aliases), usable from the keyboard alone:
// arrows move through the matches, Enter picks, Escape leaves. A name with no match is not a dead
// end: editors may create it, reporters may ask the desk for it.
export function TagSearch({
  label,
  search,
  onPick,
  onCreate,
  onAsk,
  onCancel,
  autoFocus,
}: TagSearchProps) {
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<{ q: string; tags: TagOption[] }>({ q: "", tags: [] });
  const [active, setActive] = useState(0);
  const [error, setError] = useState("");
  const [notice, setNotice] = useState("");
  const id = useId();
  const q = query.trim();
  useEffect(() => {
    if (!q) return;
    let live = true;
    const timer = setTimeout(() => {
      search(q)
        .then((tags) => {
          if (!live) return;
          setFound({ q, tags });
          setActive(0);
        })
        .catch(() => live && setError("Search failed; try again."));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, search]);
  // An empty box shows nothing, whatever the last search returned.
  const results = q ? found.tags : [];
  // The highlighted match, kept inside the list whatever the last search returned.
  const current = results.length ? Math.min(active, results.length - 1) : -1;
  const answered = !!q && found.q === q;
  const exact = results.some((r) => r.name.toLowerCase() === q.toLowerCase());
  const pick = (t: TagOption) => {
    onPick(t);
    setQuery("");
    setNotice("");
  };
  const create = async () => {
    if (!onCreate) return;
    const problem = await onCreate(q);
    if (problem) setError(problem);
    else setQuery("");
  };
  const ask = async () => {
    if (!onAsk) return;
    const problem = await onAsk(q);
    if (problem) setError(problem);
    else {
      setNotice(`Asked the desk for a tag “${q}”. An editor will see it on this story.`);
      setQuery("");
    }
  };
  return (
    <div className="tag-search">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={current >= 0 ? `${id}-${results[current].id}` : undefined}
        aria-autocomplete="list"
        value={query}
        autoFocus={autoFocus}
        onChange={(e) => {
          setQuery(e.target.value);
          setError("");
          setNotice("");
        }}
        onKeyDown={(e) => {
          if (e.key === "Escape" && onCancel) {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          } else if (e.key === "ArrowDown" && results.length) {
            e.preventDefault();
            setActive((current + 1) % results.length);
          } else if (e.key === "ArrowUp" && results.length) {
            e.preventDefault();
            setActive((current - 1 + results.length) % results.length);
          } else if (e.key === "Enter") {
            e.preventDefault();
            if (current >= 0) pick(results[current]);
          }
        }}
        placeholder="Type to search tags"
        autoComplete="off"
      />
      <ul className="plain options" id={`${id}-list`} role="listbox" aria-label="Matching tags">
        {results.map((t, i) => (
          <li
            key={t.id}
            id={`${id}-${t.id}`}
            role="option"
            aria-selected={i === current}
            className={i === current ? "option active" : "option"}
            // mousedown, not click: the box keeps focus, so the pick happens before any blur.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(t);
            }}
          >
            {t.name}
          </li>
        ))}
      </ul>
      {answered && results.length === 0 && (
        <p className="muted" role="status">
          No tag matches “{q}”.
        </p>
      )}
      {onCreate && q && !exact && (answered || results.length > 0) && (
        <button type="button" className="secondary" onClick={create}>
          Create tag “{q}”
        </button>
      )}
      {!onCreate && onAsk && answered && results.length === 0 && (
        <button type="button" className="secondary" onClick={ask}>
          Ask the desk for a tag “{q}”
        </button>
      )}
      {notice && (
        <p className="muted" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
