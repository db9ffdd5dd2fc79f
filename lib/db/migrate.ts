// Applies prisma/migrations over plain `pg`, keeping Prisma's own `_prisma_migrations` table, so a
// database migrated here is one that `prisma migrate deploy` (with the real engine) considers up to
// date, and vice versa. Used in production, by `npm run demo`, by CI and by the tests.
//
// Semantics (as Prisma's): one transaction per migration; a migration whose file changed after it was
// applied, or one left unfinished by a crashed run, stops everything until a human looks at it.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export interface MigrateOptions {
  connectionString: string;
  /** Postgres schema to migrate (created if missing). Defaults to the URL's `?schema=`, else the server default. */
  schema?: string;
  log?: (line: string) => void;
  /** Defaults to <process.cwd()>/prisma/migrations. */
  migrationsDir?: string;
}

/** The key Prisma's engine locks while migrating, so our runner and theirs never overlap. */
export const PRISMA_MIGRATE_LOCK = 72707369;

/** Prisma's DDL for its history table, verbatim in shape (postgres flavour). */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

/** Lowercase hex SHA-256 of the file's bytes: the format of `_prisma_migrations.checksum`. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/** Collapse a message to one line, for errors meant to be read in a terminal or CI log. */
function oneLine(message: string): string {
  return message.replace(/\s+/g, " ").trim();
}

/** Validates the URL and gives back host:port for messages (never the password). */
export function describeDatabaseUrl(connectionString: string): {
  where: string;
  schema: string | undefined;
} {
  let url: URL;
  try {
    url = new URL(connectionString);
  } catch {
    throw new Error(
      "invalid database URL: expected postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE",
    );
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new Error(`invalid database URL: scheme must be postgresql://, not ${url.protocol}//`);
  }
  const host = url.hostname || url.searchParams.get("host") || "localhost";
  return {
    where: `${host}:${url.port || "5432"}`,
    schema: url.searchParams.get("schema") ?? undefined,
  };
}

/** A connection failure as one readable line ("connection refused", "database "x" does not exist", ...). */
function connectError(where: string, error: unknown): Error {
  const e = error as { code?: string; message?: string; errors?: { code?: string }[] };
  const code = e.code ?? e.errors?.[0]?.code;
  const reasons: Record<string, string> = {
    ECONNREFUSED: "connection refused",
    ENOTFOUND: "host not found",
    EAI_AGAIN: "host not found",
    ETIMEDOUT: "connection timed out",
    ECONNRESET: "connection reset",
  };
  const reason = (code && reasons[code]) || oneLine(e.message || String(error));
  return new Error(`cannot connect to PostgreSQL at ${where}: ${reason}`);
}

/** Migration directories in name order (Prisma's timestamps make that chronological). */
async function readMigrations(dir: string): Promise<MigrationFile[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    throw new Error(`no migrations folder at ${dir}`);
  }
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const files: MigrationFile[] = [];
  for (const name of names) {
    const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8").catch(() => null);
    if (sql === null) throw new Error(`migration ${name} has no migration.sql`);
    files.push({ name, sql, checksum: migrationChecksum(sql) });
  }
  return files;
}

/** Refuse to go on over an edited or half-applied history, as `prisma migrate deploy` does. */
function checkHistory(rows: HistoryRow[], files: MigrationFile[]): void {
  const unfinished = rows.find((r) => r.finished_at === null);
  if (unfinished) {
    throw new Error(
      `migration ${unfinished.migration_name} is recorded as started but not finished (a failed earlier run); ` +
        `fix the database by hand and delete or resolve its _prisma_migrations row before migrating again`,
    );
  }
  for (const row of rows) {
    const file = files.find((f) => f.name === row.migration_name);
    if (file && file.checksum !== row.checksum) {
      throw new Error(
        `migration ${row.migration_name} was modified after it was applied (checksum differs); restore the file`,
      );
    }
  }
}

export async function migrate(options: MigrateOptions): Promise<{ applied: string[] }> {
  const log = options.log ?? (() => {});
  const { where, schema: urlSchema } = describeDatabaseUrl(options.connectionString);
  const schema = options.schema ?? urlSchema;
  const files = await readMigrations(
    options.migrationsDir ?? path.join(process.cwd(), "prisma", "migrations"),
  );

  const client = new pg.Client({
    connectionString: options.connectionString,
    connectionTimeoutMillis: 10_000,
  });
  client.on("error", () => {}); // a dropped connection surfaces as the failing query's error instead
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw connectError(where, error);
  }

  const applied: string[] = [];
  let locked = false;
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
    locked = true;
    if (schema) {
      const ident = client.escapeIdentifier(schema);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident}`);
      await client.query(`SET search_path TO ${ident}`);
    }
    await client.query(CREATE_MIGRATIONS_TABLE);
    const history = await client.query<HistoryRow>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    checkHistory(history.rows, files);
    const done = new Set(history.rows.map((r) => r.migration_name));
    for (const name of done)
      if (!files.some((f) => f.name === name))
        log(`warning: ${name} is applied but not in the migrations folder`);

    for (const file of files.filter((f) => !done.has(f.name))) {
      log(`applying ${file.name}`);
      await applyOne(client, file);
      applied.push(file.name);
    }
    if (applied.length === 0) log("database is up to date");
    return { applied };
  } catch (error) {
    // Our own errors are already worded; a bare Postgres error (lock, CREATE SCHEMA, ...) gets context.
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      oneLine(
        error instanceof pg.DatabaseError ? `migrating ${where} failed: ${message}` : message,
      ),
    );
  } finally {
    // On PGlite every TCP connection shares one backend session: leave no search_path behind.
    if (schema) await client.query("RESET search_path").catch(() => {});
    if (locked)
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]).catch(() => {});
    await client.end().catch(() => {});
  }
}

/** One migration, whole (the simple-query protocol runs `$$` bodies intact), in one transaction. */
async function applyOne(client: pg.Client, file: MigrationFile): Promise<void> {
  const id = randomUUID();
  // Recorded first and outside the transaction, as Prisma does: a crash mid-way leaves a visible,
  // unfinished row (and, thanks to the transaction, no half-applied schema).
  await client.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
     VALUES ($1, $2, $3, now(), 0)`,
    [id, file.checksum, file.name],
  );
  try {
    await client.query("BEGIN");
    await client.query(file.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    // Leave the database exactly as before: nothing applied, nothing recorded.
    await client.query(`DELETE FROM "_prisma_migrations" WHERE id = $1`, [id]).catch(() => {});
    throw new Error(oneLine(`migration ${file.name} failed: ${(error as Error).message}`));
  }
}
