import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { databaseUrl } from "@/lib/db/url";

// Raw SQL (full-text search, related candidates) names the PostgreSQL schema that Prisma's own
// queries use, explicitly (the client also sets search_path; this does not depend on it).
// The schema name was checked to be a plain identifier by lib/db/url.ts.
type Table =
  "Story" | "StoryTag" | "Tag" | "Byline" | "User" | "RelatedList" | "RelatedLink" | "Media";

export function table(name: Table): Prisma.Sql {
  return Prisma.raw(qualifiedName(name));
}

/** The quoted, schema-qualified name as text, e.g. for to_regclass($1). */
export function qualifiedName(name: Table): string {
  const schema = databaseUrl().schema;
  return schema ? `"${schema}"."${name}"` : `"${name}"`;
}
