"use client";

import { useEffect, useId, useState } from "react";

export interface TagOption {
  id: string;
  name: string;
  slug: string;
}

// Search-as-you-type over the tag vocabulary (name, slug, aliases); optionally offers to create one.
export function TagSearch({
  label,
  search,
  onPick,
  onCreate,
}: {
  label: string;
  search: (q: string) => Promise<TagOption[]>;
  onPick: (tag: TagOption) => void;
  onCreate?: (name: string) => Promise<string | null>;
}) {
  const [query, setQuery] = useState("");
  const [fetched, setResults] = useState<TagOption[]>([]);
  const [error, setError] = useState("");
  const id = useId();
  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    let live = true;
    const timer = setTimeout(() => {
      search(q)
        .then((r) => live && setResults(r))
        .catch(() => live && setError("Search failed; try again."));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, search]);
  // An empty box shows nothing, whatever the last search returned.
  const results = query.trim() ? fetched : [];
  const exact = results.some((r) => r.name.toLowerCase() === query.trim().toLowerCase());
  return (
    <div className="tag-search">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setError("");
        }}
        placeholder="Type to search tags"
        autoComplete="off"
      />
      {results.length > 0 && (
        <ul className="plain options" aria-label="Matching tags">
          {results.map((t) => (
            <li key={t.id}>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  onPick(t);
                  setQuery("");
                }}
              >
                {t.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {onCreate && query.trim() && !exact && (
        <button
          type="button"
          className="secondary"
          onClick={async () => {
            const problem = await onCreate(query.trim());
            if (problem) setError(problem);
            else setQuery("");
          }}
        >
          Create tag “{query.trim()}”
        </button>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
