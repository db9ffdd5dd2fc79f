import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";
import { parseDatabaseUrl } from "./url";

// The embedded database has one session, which its clients take in turns (scripts/embedded-db.ts):
// more connections than one would only queue there, and a transaction may wait its turn behind
// others longer than Prisma's default 2 s for a connection.
const EMBEDDED_POOL = 1;
const EMBEDDED_MAX_WAIT_MS = 60_000;

// A Prisma client over the pg driver adapter: the app, scripts and tests all connect this way, to
// PostgreSQL or to the embedded database alike. `?schema=` selects a PostgreSQL schema: Prisma's
// own queries name it, and each connection's search_path points there so raw SQL finds it too.
export function createPrismaClient(rawUrl: string, options: { max?: number } = {}): PrismaClient {
  const url = parseDatabaseUrl(rawUrl);
  // search_path as a startup option: set before the first query, with no extra round trip.
  const pool = new pg.Pool({
    connectionString: url.connectionString,
    max: url.embedded ? EMBEDDED_POOL : (options.max ?? 10),
    ...(url.schema ? { options: `-c search_path=${url.schema}` } : {}),
  });
  const adapter = new PrismaPg(pool, {
    ...(url.schema ? { schema: url.schema } : {}),
    // $disconnect() closes the pool's connections instead of leaving them to the idle timeout.
    disposeExternalPool: true,
  });
  return new PrismaClient({
    adapter,
    ...(url.embedded ? { transactionOptions: { maxWait: EMBEDDED_MAX_WAIT_MS } } : {}),
  });
}
