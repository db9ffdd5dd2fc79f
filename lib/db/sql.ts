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
  | "SearchRecent";

export function table(name: Table): Prisma.Sql {
  return Prisma.raw(qualifiedName(name));
}

/** The quoted, schema-qualified name as text, e.g. for to_regclass($1). */
export function qualifiedName(name: Table): string {
  const schema = databaseUrl().schema;
  return schema ? `"${schema}"."${name}"` : `"${name}"`;
}

/** A flat Prisma select (`{ field: true, … }`): the columns one JSON object of a raw query carries. */
export type ColumnSelect = Readonly<Record<string, true>>;

/**
 * `json_build_object('field', alias."field", …)` for the columns of a flat select, so that a raw
 * query reads exactly what the select names (a public select stays the only list of public fields).
 * Timestamps named in `dates` travel as epoch milliseconds (JSON has no time type, and Prisma's
 * `timestamp(3)` columns have no zone); reviveDates() turns them back into Dates.
 */
export function jsonColumns(
  alias: string,
  select: ColumnSelect,
  dates: readonly string[] = [],
): Prisma.Sql {
  if (!/^[a-z][a-z0-9]*$/.test(alias)) throw new Error(`not a table alias: ${alias}`);
  const parts = Object.keys(select).map((field) => {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(field)) throw new Error(`not a column name: ${field}`);
    const column = `${alias}."${field}"`;
    return dates.includes(field)
      ? `'${field}', extract(epoch FROM ${column}) * 1000`
      : `'${field}', ${column}`;
  });
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
