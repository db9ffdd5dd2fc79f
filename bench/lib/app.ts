import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { waitFor } from "./wait";

/**
 * The production build (built first if there is none), started on the given database on a free
 * port (or BENCH_PORT) in its own process group; answered once it serves /robots.txt.
 */
export async function startProductionApp(databaseUrl: string) {
  // Loaded here, not at the top: the runtime reads NEWSROOM_DATA_DIR when it loads, which each
  // benchmark sets to its own directory first.
  const { freePort, log } = await import("../../scripts/lib/runtime");
  if (!existsSync(".next/BUILD_ID")) {
    log("no production build: running next build");
    if (spawnSync("npx", ["next", "build"], { stdio: "inherit" }).status !== 0)
      throw new Error("next build failed");
  }
  const port = Number(process.env.BENCH_PORT ?? (await freePort()));
  const app = spawn("npx", ["next", "start", "-p", String(port)], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl },
    stdio: "ignore",
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/robots.txt`, 120_000);
  return {
    base,
    port,
    /** Stop the app and everything it started; give it a second to let go of the database. */
    async stop() {
      try {
        if (app.pid) process.kill(-app.pid, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 1000));
    },
  };
}
