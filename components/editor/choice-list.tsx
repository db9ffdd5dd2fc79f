"use client";

import type { ReactNode } from "react";

/** A short list to pick from, one button each: a story to relate, a source to attribute to. */
export function ChoiceList<T extends { id: string }>({
  items,
  className,
  label,
  onChoose,
}: {
  items: readonly T[];
  /** The list's classes: "plain", "plain options". */
  className: string;
  /** What a choice's button says. */
  label: (item: T) => ReactNode;
  onChoose: (item: T) => void;
}) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.id}>
          <button type="button" className="secondary" onClick={() => onChoose(item)}>
            {label(item)}
          </button>
        </li>
      ))}
    </ul>
  );
}
