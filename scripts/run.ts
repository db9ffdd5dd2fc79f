// The launcher behind `npm run demo`, `npm start` and `npm run dev`:
//   database (DATABASE_URL, or the embedded one) -> migrations -> [demo: seed if empty, build] -> Next.
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { migrate } from "@/lib/db/migrate";
import { createPrismaClient } from "@/lib/db/create-client";
import { DEMO_PASSWORD, databaseIsEmpty, seedDemo } from "./seed-demo";
import { ensureAuthSecret, fail, log, resolveDatabase } from "./lib/runtime";
import { users } from "./seed-data/users";

type Mode = "demo" | "start" | "dev";

async function main(mode: Mode) {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new Error(`PORT must be a port number (got "${process.env.PORT}")`);
  ensureAuthSecret();
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  // Editors and admins must enrol a second factor in production; the demo stays one command.
  process.env.NEWSROOM_TWO_FACTOR ??= mode === "start" ? "required" : "optional";
  const { url, embedded } = await resolveDatabase();
  const stopDatabase = async () => embedded?.stop();

  try {
    const { applied } = await migrate({ connectionString: url, log });
    log(
      applied.length ? `applied ${applied.length} migration(s)` : "database schema is up to date",
    );
    if (mode !== "start") {
      const db = createPrismaClient(url, { max: 2 });
      try {
        if (await databaseIsEmpty(db)) {
          log("empty database: adding the demo newsroom");
          const counts = await seedDemo(db);
          log(`seeded ${counts.stories} stories, ${counts.tags} tags, ${counts.users} staff`);
        }
      } finally {
        await db.$disconnect();
      }
    }
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  if (mode === "demo" && process.env.SKIP_BUILD !== "1") {
    log("building the app (next build)");
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) {
      await stopDatabase();
      throw new Error("next build failed (see above)");
    }
  }

  // Next's own CLI under this Node (no npx layer), so that signals reach the server itself.
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const next = spawn(
    process.execPath,
    [nextBin, mode === "dev" ? "dev" : "start", "-p", String(port)],
    { stdio: "inherit", env: process.env },
  );
  process.on("exit", () => next.kill("SIGTERM"));
  if (mode !== "start") {
    log(`serving on http://localhost:${port}`);
    log(`demo accounts (password "${DEMO_PASSWORD}", demo only):`);
    for (const u of users.filter((u) => u.email.split("@")[0] === u.role.toLowerCase()))
      log(`  ${u.role.padEnd(8)} ${u.email}`);
    log(
      process.env.NEWSROOM_TWO_FACTOR === "optional"
        ? "two factors: optional here (NEWSROOM_TWO_FACTOR=optional); `npm start` requires them for editors and admins"
        : "two factors: required for editors and admins (NEWSROOM_TWO_FACTOR=required)",
    );
  }
  const shutdown = (signal: NodeJS.Signals) => {
    next.kill(signal);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  next.on("exit", async (code) => {
    await stopDatabase();
    process.exit(code ?? 0);
  });
}

const mode = (process.argv[2] ?? "demo") as Mode;
if (!["demo", "start", "dev"].includes(mode)) fail(`unknown mode "${mode}" (demo, start or dev)`);
main(mode).catch(fail);
