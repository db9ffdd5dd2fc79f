import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";
import { parseDatabaseUrl } from "./url";

// The embedded database has one session, which its clients take in turns (scripts/embedded-db.ts):
// more connections than one would only queue there, and a transaction may wait its turn behind
// others longer than Prisma's default 2 s for a connection.
const EMBEDDED_POOL = 1;
const EMBEDDED_MAX_WAIT_MS = 60_000;

/**
 * Session settings sent at connection start (no extra round trip). search_path: see below. jit=off
 * on PostgreSQL: the app's queries are short, and LLVM compilation of a plan that the planner
 * costs high (a count, a search over many rows) took 12-14 ms before a query that then ran in a
 * few. The embedded database has no JIT to turn off.
 */
function startupOptions(url: ReturnType<typeof parseDatabaseUrl>): string {
  return [
    ...(url.schema ? [`-c search_path=${url.schema}`] : []),
    ...(url.embedded ? [] : ["-c jit=off"]),
  ].join(" ");
}

// A Prisma client over the pg driver adapter: the app, scripts and tests all connect this way, to
// PostgreSQL or to the embedded database alike. `?schema=` selects a PostgreSQL schema: Prisma's
// own queries name it, and each connection's search_path points there so raw SQL finds it too.
export function createPrismaClient(rawUrl: string, options: { max?: number } = {}): PrismaClient {
  const url = parseDatabaseUrl(rawUrl);
  // search_path as a startup option: set before the first query, with no extra round trip.
  const pool = new pg.Pool({
    connectionString: url.connectionString,
    max: url.embedded ? EMBEDDED_POOL : (options.max ?? 10),
    ...(startupOptions(url) ? { options: startupOptions(url) } : {}),
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
