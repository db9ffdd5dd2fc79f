// Integration tests run against a real PostgreSQL: TEST_DATABASE_URL, or, when it is unset, the
// embedded one (PGlite over TCP) started here in a throw-away folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/db/embedded";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseUrl: string;
  }
}

let embedded: EmbeddedDatabase | undefined;
let dir: string | undefined;

export async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    dir = mkdtempSync(path.join(tmpdir(), "newsroom-test-db-"));
    const net = await import("node:net");
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, "127.0.0.1", () => {
        const a = s.address();
        s.close(() => resolve(typeof a === "object" && a ? a.port : 0));
      });
    });
    embedded = await startEmbeddedDatabase({ dataDir: dir, port });
    url = embedded.url;
    console.log(`[integration] TEST_DATABASE_URL unset: using the embedded database at ${url}`);
  }
  project.provide("testDatabaseUrl", url);
}

export async function teardown() {
  await embedded?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
