import Link from "next/link";
import type { ReactNode } from "react";

// Small pieces every newsroom list and detail page has.

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
