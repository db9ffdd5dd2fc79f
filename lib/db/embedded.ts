// The embedded PostgreSQL (PGlite over TCP, scripts/embedded-db.ts) used when DATABASE_URL is unset,
// so a newcomer needs no server. It speaks the wire protocol, so the app uses the same pg adapter and
// the same migrations. It has one database session, which clients take in turns: see that script.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { EMBEDDED_URL_PARAM } from "./url";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);
const serverScript = fileURLToPath(new URL("../../scripts/embedded-db.ts", import.meta.url));

async function waitUntilReady(
  url: string,
  child: ChildProcess | null,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
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

/** `<dataDir>.lock`: who serves the data directory, so that a second process never opens it too. */
interface Lock {
  pid: number;
  port?: number;
}

function readLock(file: string): Lock | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Lock;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Starts the embedded database on a data directory, or, when another process already serves that
 * directory (the demo, while `npm run user:create` runs), connects to that one: two PGlite
 * instances on one directory would corrupt it. stop() then leaves the other process's server alone.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port: number;
  /** What the server prints while it runs normally. */
  log?: (line: string) => void;
  /** What it reports as wrong (a client dropped, a clean-up); default: stderr. */
  errorLog?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  mkdirSync(options.dataDir, { recursive: true });
  const lockFile = `${path.resolve(options.dataDir)}.lock`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      writeFileSync(lockFile, JSON.stringify({ pid: process.pid }), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const lock = readLock(lockFile);
    if (!lock || !alive(lock.pid)) {
      rmSync(lockFile, { force: true }); // left by a process that died
      continue;
    }
    if (lock.port) {
      const url = embeddedUrl(lock.port);
      options.log?.(
        `the embedded database in ${options.dataDir} is served by process ${lock.pid}: using it`,
      );
      await waitUntilReady(url, null, 30_000);
      return { url, stop: async () => {} };
    }
    if (Date.now() > deadline)
      throw new Error(`the embedded database in ${options.dataDir} is held by process ${lock.pid}`);
    await new Promise((r) => setTimeout(r, 500)); // that process is still starting it
  }

  const child = spawn(
    process.execPath,
    [require.resolve("tsx/cli"), serverScript, `--db=${options.dataDir}`, `--port=${options.port}`],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stdout?.on("data", (d: Buffer) => options.log?.(d.toString().trimEnd()));
  // Its errors are always shown: a client the server had to drop is worth knowing about.
  const errorLog = options.errorLog ?? ((line: string) => console.error(line));
  child.stderr?.on("data", (d: Buffer) => errorLog(d.toString().trimEnd()));
  const releaseLock = () => {
    if (readLock(lockFile)?.pid === child.pid) rmSync(lockFile, { force: true });
  };
  const url = embeddedUrl(options.port);
  try {
    await waitUntilReady(url, child, 180_000);
    writeFileSync(lockFile, JSON.stringify({ pid: child.pid, port: options.port }));
  } catch (error) {
    child.kill("SIGTERM");
    rmSync(lockFile, { force: true });
    throw error;
  }
  child.once("exit", releaseLock);
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child && child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
  };
}

function embeddedUrl(port: number): string {
  return `postgresql://postgres@127.0.0.1:${port}/postgres?${EMBEDDED_URL_PARAM}=1`;
}
