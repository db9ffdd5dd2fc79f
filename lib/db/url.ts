// Reads DATABASE_URL once and explains, in one line, what is wrong with it.
// The launcher (scripts/run.ts) sets it to the embedded database when the user did not.

export interface DatabaseUrl {
  connectionString: string;
  /** PostgreSQL schema from `?schema=` (Prisma's convention); tests use one schema each. */
  schema?: string;
  /** The embedded database (lib/db/embedded.ts): one session that clients take in turns. */
  embedded: boolean;
}

/** `?embedded=1` marks the embedded database's URL; lib/db/embedded.ts adds it. */
export const EMBEDDED_URL_PARAM = "embedded";

export class DatabaseConfigError extends Error {
  override name = "DatabaseConfigError";
}

export function parseDatabaseUrl(raw: string): DatabaseUrl {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DatabaseConfigError(
      `DATABASE_URL is not a valid URL (expected postgresql://user@host:port/database)`,
    );
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new DatabaseConfigError(
      `DATABASE_URL must start with postgresql:// (got ${url.protocol}//)`,
    );
  }
  if (!url.hostname) throw new DatabaseConfigError("DATABASE_URL has no host");
  const schema = url.searchParams.get("schema") ?? undefined;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new DatabaseConfigError(
      `DATABASE_URL ?schema= must be a plain lower-case identifier (got "${schema}")`,
    );
  }
  const embedded = url.searchParams.get(EMBEDDED_URL_PARAM) === "1";
  url.searchParams.delete("schema");
  url.searchParams.delete(EMBEDDED_URL_PARAM);
  return { connectionString: url.toString(), schema, embedded };
}

export function databaseUrl(env: Record<string, string | undefined> = process.env): DatabaseUrl {
  const raw = env.DATABASE_URL;
  if (!raw)
    throw new DatabaseConfigError(
      "DATABASE_URL is not set (run the app with `npm run demo` or `npm start`, which start the embedded database when it is unset)",
    );
  return parseDatabaseUrl(raw);
}
