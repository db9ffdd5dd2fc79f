import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { databaseUrl } from "@/lib/db/url";

// Raw SQL (full-text search, related candidates) names the PostgreSQL schema that Prisma's own
// queries use, explicitly (the client also sets search_path; this does not depend on it).
// The schema name was checked to be a plain identifier by lib/db/url.ts.
type Table = "Story" | "StoryTag" | "Tag";

export function table(name: Table): Prisma.Sql {
  const schema = databaseUrl().schema;
  return Prisma.raw(schema ? `"${schema}"."${name}"` : `"${name}"`);
}
