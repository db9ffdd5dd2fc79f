// Every integration test file gets its own PostgreSQL schema, migrated from scratch, and the app's
// `db` client (lib/db/client.ts) is pointed at it through DATABASE_URL?schema=. Dropped afterwards.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject, vi } from "vitest";
import { migrate } from "../../lib/db/migrate";

const baseUrl = inject("testDatabaseUrl");
const schema = `t_${randomBytes(6).toString("hex")}`;
const url = new URL(baseUrl);
url.searchParams.set("schema", schema);
process.env.DATABASE_URL = url.toString();
process.env.TEST_SCHEMA = schema;
process.env.AUTH_SECRET ??= "integration-tests-only-secret-value";

// Next's cache functions need a request's store, which a test has none of: every file gets spies
// (a test asserts on them with vi.mocked). Which pages a change touches is asserted through
// lib/cache/invalidate's spy, which calls the real function (tests/helpers/invalidate-spy.ts).
vi.mock("next/cache", () => ({
  revalidateTag: vi.fn(),
  revalidatePath: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
}));
vi.mock("@/lib/cache/invalidate", () => import("../helpers/invalidate-spy"));

beforeAll(async () => {
  await migrate({ connectionString: baseUrl, schema });
});

afterAll(async () => {
  const globalForPrisma = globalThis as unknown as {
    newsroomPrisma?: { $disconnect(): Promise<void> };
  };
  await globalForPrisma.newsroomPrisma?.$disconnect();
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
});
