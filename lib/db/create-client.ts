import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";
import { parseDatabaseUrl } from "./url";

// A Prisma client over the pg driver adapter: the app, scripts and tests all connect this way, to
// PostgreSQL or to the embedded database alike. `?schema=` selects a PostgreSQL schema: Prisma's
// own queries name it, and each connection's search_path points there so raw SQL finds it too.
export function createPrismaClient(rawUrl: string, options: { max?: number } = {}): PrismaClient {
  const url = parseDatabaseUrl(rawUrl);
  // search_path as a startup option: set before the first query, with no extra round trip.
  const pool = new pg.Pool({
    connectionString: url.connectionString,
    max: options.max ?? 10,
    ...(url.schema ? { options: `-c search_path=${url.schema}` } : {}),
  });
  const adapter = new PrismaPg(pool, url.schema ? { schema: url.schema } : undefined);
  return new PrismaClient({ adapter });
}
