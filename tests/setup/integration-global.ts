// Integration tests run against a real PostgreSQL: TEST_DATABASE_URL, or, when it is unset, the
// embedded one (PGlite over TCP, scripts/embedded-db.ts) started here in a throw-away folder.
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/db/embedded";
import { freePort } from "../../scripts/lib/runtime";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseUrl: string;
    /** The embedded database server's error log ("" on PostgreSQL): tests check it stays empty. */
    embeddedDatabaseLog: string;
  }
}

let embedded: EmbeddedDatabase | undefined;
let dir: string | undefined;

export async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  let errorLog = "";
  if (!url) {
    dir = mkdtempSync(path.join(tmpdir(), "newsroom-test-db-"));
    errorLog = path.join(dir, "server-errors.log");
    writeFileSync(errorLog, "");
    embedded = await startEmbeddedDatabase({
      dataDir: path.join(dir, "pglite"),
      port: await freePort(),
      errorLog: (line) => {
        appendFileSync(errorLog, `${line}\n`);
        console.error(line);
      },
    });
    url = embedded.url;
    console.log(`[integration] TEST_DATABASE_URL unset: using the embedded database at ${url}`);
  }
  project.provide("testDatabaseUrl", url);
  project.provide("embeddedDatabaseLog", errorLog);
}

export async function teardown() {
  await embedded?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
