// What the launcher and the one-off commands share: where local data lives, the auth secret,
// the database (given or embedded), and one-line failures.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { parseDatabaseUrl } from "@/lib/db/url";

export const dataDir = path.resolve(process.env.NEWSROOM_DATA_DIR ?? ".data");

export function log(line: string): void {
  console.log(`[newsroom] ${line}`);
}

/** Prints one clear line and exits non-zero: no stack traces for configuration mistakes. */
export function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`[newsroom] error: ${message.split("\n")[0]}`);
  process.exit(1);
}

/** AUTH_SECRET from the environment, or one generated once and kept in the data folder. */
export function ensureAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(dataDir, "auth-secret");
  mkdirSync(dataDir, { recursive: true });
  if (!existsSync(file))
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * DATABASE_URL when set (checked, one line if malformed); otherwise the embedded PostgreSQL in
 * <data>/pglite, started here and stopped with this process.
 */
export async function resolveDatabase(): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  const given = process.env.DATABASE_URL;
  if (given) {
    parseDatabaseUrl(given);
    return { url: given };
  }
  const port = process.env.EMBEDDED_DB_PORT
    ? Number(process.env.EMBEDDED_DB_PORT)
    : await freePort();
  const dir = path.join(dataDir, "pglite");
  log(
    `DATABASE_URL is not set: using the embedded PostgreSQL (PGlite) in ${path.relative(process.cwd(), dir)} (started on port ${port} unless another process serves it; the first start takes up to a minute)`,
  );
  const embedded = await startEmbeddedDatabase({
    dataDir: dir,
    port,
    log: process.env.DEBUG_EMBEDDED_DB ? log : undefined,
  });
  process.env.DATABASE_URL = embedded.url;
  return { url: embedded.url, embedded };
}
