"use client";

import { TagSearch, type TagOption } from "./tag-search";

// The story's tags, shown as hashtags; picked from the vocabulary, or created inline by editors.
export function TagsPanel({
  tags,
  editable,
  search,
  create,
  onChange,
  error,
}: {
  tags: TagOption[];
  editable: boolean;
  search: (q: string) => Promise<TagOption[]>;
  create?: (name: string) => Promise<TagOption | string>;
  onChange: (tags: TagOption[]) => void;
  error?: string;
}) {
  const add = (tag: TagOption) => {
    if (!tags.some((t) => t.id === tag.id)) onChange([...tags, tag]);
  };
  return (
    <section className="panel" aria-labelledby="tags-heading">
      <h2 id="tags-heading">
        Tags <span className="count">{tags.length}</span>
      </h2>
      <ul className="plain hashtags" aria-label="Story tags">
        {tags.map((t) => (
          <li key={t.id}>
            <span className="hashtag">#{t.name.replace(/\s+/g, "")}</span>
            {editable && (
              <button
                type="button"
                className="secondary small"
                onClick={() => onChange(tags.filter((x) => x.id !== t.id))}
                aria-label={`Remove tag ${t.name}`}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {editable && (
        <TagSearch
          label="Add a tag"
          search={search}
          onPick={add}
          onCreate={
            create
              ? async (name) => {
                  const r = await create(name);
                  if (typeof r === "string") return r;
                  add(r);
                  return null;
                }
              : undefined
          }
        />
      )}
    </section>
  );
}
