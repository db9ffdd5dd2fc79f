import Link from "next/link";
import type { TagListQuery } from "@/lib/tags/schema";

// A column header that sorts the table by its column; a second click reverses the order.
export function SortHeader({
  label,
  sort,
  query,
  href,
  numeric,
}: {
  label: string;
  sort: TagListQuery["sort"];
  query: TagListQuery;
  href: (c: Partial<TagListQuery>) => string;
  numeric?: boolean;
}) {
  const active = query.sort === sort;
  const dir =
    active && query.dir === "asc"
      ? "desc"
      : active
        ? "asc"
        : sort === "uses" || sort === "lastUsed"
          ? "desc"
          : "asc";
  return (
    <th
      scope="col"
      className={numeric ? "num" : undefined}
      aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <Link href={href({ sort, dir, page: 1 })}>
        {label}
        {active ? (query.dir === "asc" ? " ↑" : " ↓") : ""}
      </Link>
    </th>
  );
}
