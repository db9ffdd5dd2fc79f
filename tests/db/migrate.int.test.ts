// The migration runner (lib/db/migrate.ts) against a real PostgreSQL: Prisma-compatible history,
// idempotence, all-or-nothing failures, refusal of edited or half-applied histories, one-line errors,
// and the hand-written search trigger of the first migration.
import { createHash, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { migrate } from "../../lib/db/migrate";

const url = inject("testDatabaseUrl");
const migrationsDir = path.join(process.cwd(), "prisma", "migrations");
const created: string[] = [];
const tempDirs: string[] = [];

/** A fresh schema name, dropped after the file. */
function freshSchema(): string {
  const name = `mig_run_${randomBytes(5).toString("hex")}`;
  created.push(name);
  return name;
}

/** Run `fn` with a client whose search_path is `schema`. */
async function withSchema<T>(schema: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET search_path TO ${client.escapeIdentifier(schema)}`);
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A throw-away migrations folder: { dirName: sql }. */
async function tempMigrations(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "mig-runner-"));
  tempDirs.push(dir);
  for (const [name, sql] of Object.entries(files)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function rejection(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  const message = (error as Error).message;
  expect(message).not.toContain("\n");
  return message;
}

afterAll(async () => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const schema of created)
    await client.query(`DROP SCHEMA IF EXISTS ${client.escapeIdentifier(schema)} CASCADE`);
  await client.end();
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true });
});

describe("migrate", () => {
  it("applies every migration once, recording them as Prisma does", async () => {
    const schema = freshSchema();
    const names = (await readdir(migrationsDir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(names.length).toBeGreaterThan(0);

    const first = await migrate({ connectionString: url, schema });
    expect(first.applied).toEqual(names);
    const second = await migrate({ connectionString: url, schema });
    expect(second.applied).toEqual([]);

    const rows = await withSchema(
      schema,
      async (c) =>
        (await c.query(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`)).rows,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      const sql = await readFile(path.join(migrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("also takes the schema from the URL's ?schema=", async () => {
    const schema = freshSchema();
    const withParam = new URL(url);
    withParam.searchParams.set("schema", schema);
    const { applied } = await migrate({
      connectionString: withParam.toString(),
      migrationsDir: await tempMigrations({ "1_a": "CREATE TABLE a (id int);" }),
    });
    expect(applied).toEqual(["1_a"]);
    const found = await withSchema(
      schema,
      async (c) => (await c.query(`SELECT to_regclass('a') AS t`)).rows[0].t,
    );
    expect(found).toBe("a");
  });

  it("keeps Story.searchVector up to date through the trigger", async () => {
    const schema = freshSchema();
    await migrate({ connectionString: url, schema });
    await withSchema(schema, async (c) => {
      await c.query(
        `INSERT INTO "Story" (id, slug, headline, summary, body, "bodyText", "updatedAt")
         VALUES ('s1', 's1', 'Zeppelins return to the skies', 'Airships again', '{}', 'The harbour ferry was late.', now())`,
      );
      const search = async (q: string) =>
        (
          await c.query(
            `SELECT id FROM "Story" WHERE "searchVector" @@ plainto_tsquery('english', $1)`,
            [q],
          )
        ).rows.map((r) => r.id);
      expect(await search("zeppelin")).toEqual(["s1"]); // stemmed, from the headline
      expect(await search("airship")).toEqual(["s1"]); // summary
      expect(await search("ferry")).toEqual(["s1"]); // bodyText
      expect(await search("tramway")).toEqual([]);

      await c.query(`UPDATE "Story" SET "bodyText" = 'The tramway reopened.' WHERE id = 's1'`);
      expect(await search("tramway")).toEqual(["s1"]);
      expect(await search("ferry")).toEqual([]);

      const weights = (
        await c.query(`SELECT "searchVector"::text AS v FROM "Story" WHERE id = 's1'`)
      ).rows[0].v;
      expect(weights).toContain("'zeppelin':1A");
    });
  });

  it("leaves nothing behind when a migration fails, with a one-line error", async () => {
    const schema = freshSchema();
    const dir = await tempMigrations({
      "20250101000000_good": "CREATE TABLE good_t (id int);",
      "20250102000000_bad": "CREATE TABLE bad_t (id int);\nINSERT INTO missing_table VALUES (1);",
    });
    const message = await rejection(migrate({ connectionString: url, schema, migrationsDir: dir }));
    expect(message).toBe(
      'migration 20250102000000_bad failed: relation "missing_table" does not exist',
    );

    await withSchema(schema, async (c) => {
      const tables = (
        await c.query(`SELECT to_regclass('good_t') AS good, to_regclass('bad_t') AS bad`)
      ).rows[0];
      expect(tables).toEqual({ good: "good_t", bad: null });
      const rows = (await c.query(`SELECT migration_name, finished_at FROM "_prisma_migrations"`))
        .rows;
      expect(rows.map((r) => r.migration_name)).toEqual(["20250101000000_good"]);
      expect(rows[0].finished_at).not.toBeNull();
    });

    // Nothing half-recorded blocks the fixed migration.
    await writeFile(
      path.join(dir, "20250102000000_bad", "migration.sql"),
      "CREATE TABLE bad_t (id int);",
    );
    expect((await migrate({ connectionString: url, schema, migrationsDir: dir })).applied).toEqual([
      "20250102000000_bad",
    ]);
  });

  it("refuses a migration edited after it was applied", async () => {
    const schema = freshSchema();
    const dir = await tempMigrations({ "20250101000000_one": "CREATE TABLE one_t (id int);" });
    await migrate({ connectionString: url, schema, migrationsDir: dir });
    await writeFile(
      path.join(dir, "20250101000000_one", "migration.sql"),
      "CREATE TABLE one_t (id bigint);",
    );
    const message = await rejection(migrate({ connectionString: url, schema, migrationsDir: dir }));
    expect(message).toMatch(/^migration 20250101000000_one was modified after it was applied/);
  });

  it("refuses to go on after an unfinished earlier run", async () => {
    const schema = freshSchema();
    const dir = await tempMigrations({ "20250101000000_one": "CREATE TABLE one_t (id int);" });
    await migrate({ connectionString: url, schema, migrationsDir: dir });
    await withSchema(schema, (c) =>
      c.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x', 'y', '20250102000000_crashed')`,
      ),
    );
    const message = await rejection(migrate({ connectionString: url, schema, migrationsDir: dir }));
    expect(message).toMatch(
      /^migration 20250102000000_crashed is recorded as started but not finished/,
    );
  });

  it("explains a malformed URL or an unreachable server in one line", async () => {
    expect(await rejection(migrate({ connectionString: "not a url" }))).toMatch(
      /^invalid database URL/,
    );
    expect(await rejection(migrate({ connectionString: "mysql://root@127.0.0.1/x" }))).toMatch(
      /^invalid database URL/,
    );
    expect(
      await rejection(migrate({ connectionString: "postgresql://postgres@127.0.0.1:1/test" })),
    ).toBe("cannot connect to PostgreSQL at 127.0.0.1:1: connection refused");
  });
});
