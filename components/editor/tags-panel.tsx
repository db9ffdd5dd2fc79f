"use client";

import { useEffect, useState } from "react";
import { TagSearch, type TagOption } from "./tag-search";

export interface TagRequestView {
  name: string;
  askedBy: string;
}

// The story's tags, shown as hashtags as the reader sees them; picked from the vocabulary. Editors
// create a missing topic tag here (there is no Tags screen for them); reporters ask the desk for one,
// and the editor who opens the story finds the request here, one click from creating it.
export function TagsPanel({
  tags,
  editable,
  search,
  create,
  ask,
  loadRequests,
  onChange,
  error,
}: {
  tags: TagOption[];
  editable: boolean;
  search: (q: string) => Promise<TagOption[]>;
  create?: (name: string) => Promise<TagOption | string>;
  ask?: (name: string) => Promise<string | null>;
  loadRequests?: () => Promise<TagRequestView[]>;
  onChange: (tags: TagOption[]) => void;
  error?: string;
}) {
  const [requests, setRequests] = useState<TagRequestView[]>([]);
  const [problem, setProblem] = useState("");
  useEffect(() => {
    if (!loadRequests) return;
    let live = true;
    loadRequests()
      .then((r) => live && setRequests(r))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [loadRequests]);
  const add = (tag: TagOption) => {
    if (!tags.some((t) => t.id === tag.id)) onChange([...tags, tag]);
  };
  const createAndAdd = async (name: string) => {
    if (!create) return "You cannot create tags.";
    const r = await create(name);
    if (typeof r === "string") return r;
    add(r);
    setRequests((list) => list.filter((x) => x.name.toLowerCase() !== name.toLowerCase()));
    return null;
  };
  return (
    <section className="panel" aria-labelledby="tags-heading">
      <h2 id="tags-heading">
        Tags <span className="count">{tags.length}</span>
      </h2>
      <ul className="plain hashtags" aria-label="Story tags">
        {tags.map((t) => (
          <li key={t.id}>
            <span className="hashtag">#{t.name}</span>
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
      {create && requests.length > 0 && (
        <div className="tag-requests">
          <h3>Asked for by the writer</h3>
          <ul className="plain" aria-label="Requested tags">
            {requests.map((r) => (
              <li key={r.name}>
                “{r.name}” <span className="muted">({r.askedBy})</span>{" "}
                <button
                  type="button"
                  className="secondary small"
                  onClick={async () => setProblem((await createAndAdd(r.name)) ?? "")}
                >
                  Create and add “{r.name}”
                </button>
              </li>
            ))}
          </ul>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
        </div>
      )}
      {editable && (
        <TagSearch
          label="Add a tag"
          search={search}
          onPick={add}
          onCreate={create ? createAndAdd : undefined}
          onAsk={ask}
        />
      )}
    </section>
  );
}
