import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";
import { parseDatabaseUrl } from "./url";

// A Prisma client over the pg driver adapter: the app, scripts and tests all connect this way, to
// PostgreSQL or to the embedded database alike. `?schema=` selects a PostgreSQL schema: Prisma's
// own queries name it, and each connection's search_path points there so raw SQL finds it too.
export function createPrismaClient(rawUrl: string, options: { max?: number } = {}): PrismaClient {
  const url = parseDatabaseUrl(rawUrl);
  const pool = new pg.Pool({ connectionString: url.connectionString, max: options.max ?? 10 });
  if (url.schema) {
    const schema = url.schema;
    // pg runs queries on a client in order, so this SET precedes anything the client is asked.
    pool.on("connect", (client) => {
      client.query(`SET search_path TO "${schema}"`).catch(() => {});
    });
  }
  const adapter = new PrismaPg(pool, url.schema ? { schema: url.schema } : undefined);
  return new PrismaClient({ adapter });
}
