import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { databaseUrl } from "@/lib/db/url";

// Raw SQL (full-text search, related candidates) names the PostgreSQL schema that Prisma's own
// queries use, explicitly (the client also sets search_path; this does not depend on it).
// The schema name was checked to be a plain identifier by lib/db/url.ts.
type Table =
  | "Story"
  | "StoryTag"
  | "Tag"
  | "Byline"
  | "User"
  | "RelatedList"
  | "RelatedLink"
  | "Media"
  | "Source"
  | "CommentRequest"
  | "Correction"
  | "SearchRecent"
  | "AuthSession";

export function table(name: Table): Prisma.Sql {
  return Prisma.raw(qualifiedName(name));
}

/** The quoted, schema-qualified name as text, e.g. for to_regclass($1). */
export function qualifiedName(name: Table): string {
  const schema = databaseUrl().schema;
  return schema ? `"${schema}"."${name}"` : `"${name}"`;
}

/** A Prisma select; its `true` fields are the row's own columns (nested selects are relations). */
export type ColumnSelect = Readonly<Record<string, unknown>>;

/** The own columns a select names, each checked to be a plain identifier, as `alias."field"`. */
function columnsOf(alias: string, select: ColumnSelect): { field: string; column: string }[] {
  if (!/^[a-z][a-z0-9]*$/.test(alias)) throw new Error(`not a table alias: ${alias}`);
  return Object.keys(select)
    .filter((field) => select[field] === true)
    .map((field) => {
      if (!/^[A-Za-z][A-Za-z0-9]*$/.test(field)) throw new Error(`not a column name: ${field}`);
      return { field, column: `${alias}."${field}"` };
    });
}

/** `alias."a", alias."b", …`: the own columns of a select, for a raw query's select list. */
export function selectColumns(alias: string, select: ColumnSelect): Prisma.Sql {
  return Prisma.raw(
    columnsOf(alias, select)
      .map((c) => c.column)
      .join(", "),
  );
}

/**
 * `json_build_object('field', alias."field", …)` for the own columns of a select, so that a raw
 * query reads exactly what the select names (a public select stays the only list of public fields).
 * Timestamps named in `dates` travel as epoch milliseconds (JSON has no time type, and Prisma's
 * `timestamp(3)` columns have no zone); reviveDates() turns them back into Dates.
 */
export function jsonColumns(
  alias: string,
  select: ColumnSelect,
  dates: readonly string[] = [],
): Prisma.Sql {
  const parts = columnsOf(alias, select).map(({ field, column }) =>
    dates.includes(field)
      ? `'${field}', extract(epoch FROM ${column}) * 1000`
      : `'${field}', ${column}`,
  );
  return Prisma.raw(`json_build_object(${parts.join(", ")})`);
}

/** The `dates` of a jsonColumns() object, from epoch milliseconds back to Dates (null stays null). */
export function reviveDates<T>(row: Record<string, unknown>, dates: readonly string[]): T {
  const out: Record<string, unknown> = { ...row };
  for (const field of dates) {
    const v = out[field];
    out[field] = v === null || v === undefined ? null : new Date(Number(v));
  }
  return out as T;
}
