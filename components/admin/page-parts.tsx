import Link from "next/link";
import type { ReactNode } from "react";

// Small pieces every newsroom list and detail page has.

/** A list page's query string as Next.js hands it over, before the page's own schema reads it. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The way back to the page above, above the heading: "← All tags". */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <p>
      <Link href={href}>{`← ${label}`}</Link>
    </p>
  );
}

/** A table's head: one column heading each, announced as such by screen readers. */
export function ColumnHeads({ columns }: { columns: readonly ReactNode[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, i) => (
          <th key={i} scope="col">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
