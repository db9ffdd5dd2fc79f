import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { databaseUrl } from "@/lib/db/url";

// Raw SQL does not get the adapter's `?schema=` (the tests' per-file schemas), so table names are
// qualified here. The schema name is validated as a plain identifier by parseDatabaseUrl.
export function table(name: "Tag" | "StoryTag" | "Story" | "TagSlugRedirect"): Prisma.Sql {
  const schema = databaseUrl().schema;
  return Prisma.raw(schema ? `"${schema}"."${name}"` : `"${name}"`);
}
