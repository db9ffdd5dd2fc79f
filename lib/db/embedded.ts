// The embedded PostgreSQL (PGlite over TCP) used when DATABASE_URL is unset, so a newcomer needs no
// server. It speaks the wire protocol, so the app uses the same pg adapter and the same migrations.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

// The package exports only its library entry; its CLI script sits beside it in dist/.
function serverScript(): string {
  const entry = require.resolve("@electric-sql/pglite-socket");
  return path.join(path.dirname(entry), "scripts/server.js");
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`embedded database exited with code ${child.exitCode} while starting`);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query("select 1");
      await client.end();
      return;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      await client.end().catch(() => {});
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(
    `embedded database did not start within ${Math.round(timeoutMs / 1000)} s (${lastError})`,
  );
}

export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  mkdirSync(options.dataDir, { recursive: true });
  const child = spawn(
    process.execPath,
    [
      serverScript(),
      `--db=${options.dataDir}`,
      `--port=${options.port}`,
      "--host=127.0.0.1",
      "--max-connections=10",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stdout?.on("data", (d: Buffer) => options.log?.(`[embedded-db] ${d.toString().trimEnd()}`));
  child.stderr?.on("data", (d: Buffer) => options.log?.(`[embedded-db] ${d.toString().trimEnd()}`));
  const url = `postgresql://postgres@127.0.0.1:${options.port}/postgres`;
  try {
    await waitUntilReady(url, child, 180_000);
  } catch (error) {
    child.kill("SIGTERM");
    throw error;
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
  };
}
