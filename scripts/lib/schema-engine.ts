// DEV/TEST ONLY. Prisma's schema engine, compiled to WebAssembly, driven through @prisma/adapter-pg.
// This machine cannot download the native engine that `prisma migrate` uses; the WebAssembly build
// (`@prisma/schema-engine-wasm`, pinned exactly in package.json: its API is internal and unstable)
// can still compute the SQL between two schemas. It is loaded the way Prisma's own
// `WasmSchemaEngineLoader` does it. The app never imports this module at run time.
//
// Only `diff` is used. Never the shadow-database paths (migrations-directory targets,
// createMigration, devDiagnostic): with this adapter they applied migrations to the MAIN database.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
// Transitive dependency of @prisma/adapter-pg (same version); gives the engine the error-capturing
// adapter shape it expects, exactly as Prisma's CLI builds it.
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import type { DiffTarget, SchemaEngine } from "@prisma/schema-engine-wasm";

/** What `diff` prints when two schemas agree. */
export const EMPTY_MIGRATION = "-- This is an empty migration.";

/** True when a diff script has nothing to do. */
export function isEmptyDiff(sql: string): boolean {
  const trimmed = sql.trim();
  return trimmed === "" || trimmed === EMPTY_MIGRATION;
}

/**
 * Migrations must run into whatever schema `search_path` names (tests use throw-away schemas), so
 * drop what ties the script to "public": the engine's `CREATE SCHEMA "public"` and `"public".` prefixes.
 */
export function portableSql(sql: string): string {
  return sql
    .replace(/-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n\n?/g, "")
    .replace(/"public"\./g, "");
}

type EngineClass = typeof SchemaEngine;
let engineClass: Promise<EngineClass> | undefined;

/** Where the wasm build writes a Rust panic's message before trapping (Prisma's CLI installs the same). */
interface PanicRegistry {
  message: string;
  set_message(value: string): void;
}
const globals = globalThis as typeof globalThis & { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
globals.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: "",
  set_message(value: string) {
    this.message = value;
  },
};

/**
 * A Rust panic traps the wasm ("RuntimeError: unreachable") inside a callback: it escapes as an
 * uncaught exception and the pending `diff` never settles. Watch for it while a diff runs, print the
 * message the panic left behind (a plain script dies right after), and fail the diff with it (under
 * Vitest, which keeps the process alive, the test then fails at once instead of timing out).
 */
function watchForPanic(): { panicked: Promise<never>; stop: () => void } {
  let onError: (error: Error) => void = () => {};
  const panicked = new Promise<never>((_, reject) => {
    onError = (error) => {
      if (!(error instanceof WebAssembly.RuntimeError)) return;
      const message = `schema engine panicked: ${globals.PRISMA_WASM_PANIC_REGISTRY?.message || error.message}`;
      console.error(message);
      reject(new Error(message));
    };
  });
  panicked.catch(() => {}); // settled by the race below, or never observed
  process.on("uncaughtExceptionMonitor", onError);
  return { panicked, stop: () => process.off("uncaughtExceptionMonitor", onError) };
}

/** Instantiate the wasm module once per process (wasm-bindgen keeps global state; a second load crashes). */
function loadEngineClass(): Promise<EngineClass> {
  engineClass ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const runtime = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
      // wasm-bindgen's "bundler" target: the module imports its JS glue under this name.
      "./schema_engine_bg.js": runtime as unknown as WebAssembly.ModuleImports,
    });
    runtime.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return runtime.SchemaEngine;
  })();
  return engineClass;
}

/** PostgreSQL's internal one-byte `"char"` type (pg_constraint.contype, pg_class.relkind, ...). */
const PG_CHAR_OID = 18;
/** `bpchar` (character(n)): adapter-pg accepts it and passes the value through as a string. */
const PG_BPCHAR_OID = 1042;
/** Appended to a `"char"` column's name; cannot occur in a real identifier (PostgreSQL forbids NUL). */
const CHAR_MARK = "\u0000pg_char";

/**
 * Quirk 1, first half: adapter-pg throws on oid 18 ("Unsupported column type char"), and the
 * engine's catalog queries return such columns. Before pg hands the RowDescription to the adapter,
 * relabel those columns as bpchar and mark their names, so `EngineAdapter.queryRaw` can tell them apart.
 */
function markCharColumns(client: pg.PoolClient): void {
  client.connection.prependListener(
    "rowDescription",
    (msg: { fields: { name: string; dataTypeID: number }[] }) => {
      for (const field of msg.fields) {
        if (field.dataTypeID !== PG_CHAR_OID) continue;
        field.dataTypeID = PG_BPCHAR_OID;
        field.name += CHAR_MARK;
      }
    },
  );
}

/**
 * Quirk 1, second half: report marked columns as Character, not Text. The engine reads them with
 * `as_char` and panics on a Text value (seen on PostgreSQL 15 with any CHECK constraint, and on
 * every table on PostgreSQL 18 / PGlite, whose NOT NULL constraints live in pg_constraint).
 */
function unmarkCharColumns(result: SqlResultSet): SqlResultSet {
  if (!result.columnNames.some((name) => name.endsWith(CHAR_MARK))) return result;
  const columnTypes = [...result.columnTypes];
  const columnNames = result.columnNames.map((name, i) => {
    if (!name.endsWith(CHAR_MARK)) return name;
    columnTypes[i] = ColumnTypeEnum.Character;
    return name.slice(0, -CHAR_MARK.length);
  });
  return { ...result, columnNames, columnTypes };
}

/** Wraps adapter-pg's adapter; everything but `executeScript` is passed through. */
class EngineAdapter implements SqlDriverAdapter {
  readonly provider = "postgres";
  readonly adapterName: string;
  constructor(private readonly inner: Awaited<ReturnType<PrismaPg["connect"]>>) {
    this.adapterName = inner.adapterName;
  }
  queryRaw: SqlDriverAdapter["queryRaw"] = async (q) =>
    unmarkCharColumns(await this.inner.queryRaw(q));
  executeRaw: SqlDriverAdapter["executeRaw"] = (q) => this.inner.executeRaw(q);
  startTransaction: SqlDriverAdapter["startTransaction"] = (level) =>
    this.inner.startTransaction(level);
  getConnectionInfo: NonNullable<SqlDriverAdapter["getConnectionInfo"]> = () =>
    this.inner.getConnectionInfo();
  dispose: SqlDriverAdapter["dispose"] = () => this.inner.dispose();

  /** Quirk 2: adapter-pg splits scripts on `;`, breaking `$$` bodies. Send the script whole. */
  async executeScript(script: string): Promise<void> {
    try {
      await this.inner.underlyingDriver().query(script);
    } catch (error) {
      const e = error as pg.DatabaseError;
      throw new DriverAdapterError({
        kind: "postgres",
        code: e.code ?? "",
        severity: e.severity ?? "ERROR",
        message: e.message,
        detail: e.detail,
        column: e.column,
        hint: e.hint,
      });
    }
  }
}

/** The adapter factory the engine receives. The shadow database is refused outright. */
class EngineAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  private readonly pool: pg.Pool;
  private readonly inner: PrismaPg;
  constructor(connectionString: string, schemaName: string) {
    this.pool = new pg.Pool({ connectionString, max: 2 });
    this.pool.on("connect", markCharColumns);
    this.inner = new PrismaPg(this.pool, { schema: schemaName, disposeExternalPool: true });
  }
  async connect(): Promise<SqlDriverAdapter> {
    return new EngineAdapter(await this.inner.connect());
  }
  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return Promise.reject(
      new Error("schema-engine: shadow databases are disabled (they touched the main database)"),
    );
  }
  end(): Promise<void> {
    return this.pool.ended ? Promise.resolve() : this.pool.end();
  }
}

async function schemaFile(schemaPath: string): Promise<{ path: string; content: string }> {
  return { path: path.resolve(schemaPath), content: await readFile(schemaPath, "utf8") };
}

/** Run one `diff` (script mode) against a database reached through the adapter. */
async function diff(
  connectionString: string,
  schemaName: string,
  from: DiffTarget,
  to: DiffTarget,
): Promise<string> {
  const Engine = await loadEngineClass();
  const factory = new EngineAdapterFactory(connectionString, schemaName);
  const engine = await Engine.new(
    { datamodels: undefined },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  const panic = watchForPanic();
  try {
    const filters = { externalTables: [], externalEnums: [] };
    const result = await Promise.race([
      engine.diff({ from, to, script: true, exitCode: null, filters }),
      panic.panicked,
    ]);
    return portableSql(result.stdout ?? "");
  } finally {
    panic.stop();
    try {
      engine.free();
    } catch {
      // after a panic the instance may already be poisoned; nothing left to free
    }
    await factory.end();
  }
}

/** The SQL that creates everything in schema.prisma from nothing. Does not touch a database. */
export async function diffEmptyToSchema(schemaPath: string): Promise<string> {
  const url =
    process.env.MIGRATION_DEV_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  return diff(
    url,
    "public",
    { tag: "empty" },
    { tag: "schemaDatamodel", files: [await schemaFile(schemaPath)] },
  );
}

/** The SQL that takes `schemaName` in that database to schema.prisma; EMPTY_MIGRATION when they agree. */
export async function diffDatabaseToSchema(
  connectionString: string,
  schemaName: string,
  schemaPath: string,
): Promise<string> {
  const files = [await schemaFile(schemaPath)];
  // "schemaDatasource" = the live database behind the adapter ("url" targets are refused by the wasm build).
  const live: DiffTarget = {
    tag: "schemaDatasource",
    files,
    configDir: path.dirname(files[0].path),
  };
  return diff(connectionString, schemaName, live, { tag: "schemaDatamodel", files });
}
