import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { parseDatabaseUrl } from "./url";

// A Prisma client over the pg driver adapter: the app, scripts and tests all connect this way, to
// PostgreSQL or to the embedded database alike. `?schema=` selects a PostgreSQL schema.
export function createPrismaClient(rawUrl: string, options: { max?: number } = {}): PrismaClient {
  const url = parseDatabaseUrl(rawUrl);
  const adapter = new PrismaPg(
    { connectionString: url.connectionString, max: options.max ?? 10 },
    url.schema ? { schema: url.schema } : undefined,
  );
  return new PrismaClient({ adapter });
}
