// prisma/migrations and prisma/schema.prisma must describe the same database. Applies every migration
// to a fresh schema, then asks Prisma's schema engine (WebAssembly build) for the SQL from that schema
// to schema.prisma: it must be empty. A second case proves the check can fail.
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrate } from "../../lib/db/migrate";
import { postgresOnly } from "../helpers/database-kind";
import { diffDatabaseToSchema, isEmptyDiff } from "../../scripts/lib/schema-engine";

const url = inject("testDatabaseUrl");
const schema = `mig_drift_${randomBytes(5).toString("hex")}`;
const schemaPath = path.join(process.cwd(), "prisma", "schema.prisma");

async function dropSchema(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${client.escapeIdentifier(name)} CASCADE`);
  } finally {
    await client.end();
  }
}

// The migrations create the trigram index only where pg_trgm exists; the embedded database has none.
describe.skipIf(postgresOnly("schema drift (needs the pg_trgm extension)"))("schema drift", () => {
  beforeAll(async () => {
    await migrate({ connectionString: url, schema });
  }, 120_000);

  afterAll(async () => {
    await dropSchema(schema);
  });

  it(
    "prisma/migrations produce exactly what schema.prisma describes",
    { timeout: 120_000 },
    async () => {
      const diff = await diffDatabaseToSchema(url, schema, schemaPath);
      expect(
        isEmptyDiff(diff),
        "schema.prisma and prisma/migrations disagree. Run `npm run db:migration:new -- <name>`, review " +
          `the SQL, and commit it. What the migrations are missing:\n${diff}`,
      ).toBe(true);
    },
  );

  it(
    'reads catalog "char" columns (a CHECK constraint: invisible to Prisma, not a crash)',
    { timeout: 120_000 },
    async () => {
      // Regression guard for the adapter quirk handled in scripts/lib/schema-engine.ts: pg_constraint.contype
      // is PostgreSQL's "char" type; reported wrongly, the engine panics as soon as a row comes back.
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(
          `ALTER TABLE ${client.escapeIdentifier(schema)}."Tag" ADD CONSTRAINT "Tag_name_nonempty" CHECK ("name" <> '')`,
        );
      } finally {
        await client.end();
      }
      expect(isEmptyDiff(await diffDatabaseToSchema(url, schema, schemaPath))).toBe(true);
    },
  );

  it(
    "reports a difference when schema.prisma gains a field the migrations lack",
    { timeout: 120_000 },
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), "mig-drift-"));
      try {
        const original = await readFile(schemaPath, "utf8");
        const changed = original.replace(/^model User \{$/m, "model User {\n  driftProbe String?");
        expect(changed, "could not find `model User {` to edit").not.toBe(original);
        const changedPath = path.join(dir, "schema.prisma");
        await writeFile(changedPath, changed);

        const diff = await diffDatabaseToSchema(url, schema, changedPath);
        expect(isEmptyDiff(diff)).toBe(false);
        expect(diff).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"driftProbe" TEXT/);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
