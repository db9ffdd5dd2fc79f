// `npm run cluster`: two app instances on one PostgreSQL (DATABASE_URL) and one Redis (REDIS_URL,
// default the local one), with nginx in front when it is installed, on this machine:
//   nginx (deploy/nginx/newsroom.conf) on $PORT (3000) -> instances on PORT+1 and PORT+2
// plus the purger that keeps nginx's cache in step. Migrates, adds the demo newsroom if the database
// is empty, builds if there is no build. CLUSTER_INSTANCES sets how many instances (default 2).
//
// `npm run cluster -- purger --cache-dir /var/cache/nginx/newsroom`: only the purger, for a
// production nginx host (REDIS_URL and REDIS_PREFIX as the instances have them).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { startNginxPurger } from "@/lib/cluster/nginx-purger";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrate } from "@/lib/db/migrate";
import { redisPrefix, redisUrl } from "@/lib/redis/client";
import { DEMO_PASSWORD, databaseIsEmpty, seedDemo } from "./seed-demo";
import { nginxAvailable, startCluster } from "./lib/cluster";
import { ensureAuthSecret, fail, log } from "./lib/runtime";
import { users } from "./seed-data/users";

function purgerOnly(args: string[]) {
  const at = args.indexOf("--cache-dir");
  const cacheDir = at >= 0 ? args[at + 1] : undefined;
  if (!cacheDir) fail("usage: npm run cluster -- purger --cache-dir <nginx proxy_cache_path>");
  const url = redisUrl() ?? "redis://127.0.0.1:6379";
  const purger = startNginxPurger({ redisUrl: url, prefix: redisPrefix(), cacheDir, log });
  const quit = () => void purger.stop().then(() => process.exit(0));
  process.on("SIGINT", quit);
  process.on("SIGTERM", quit);
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl)
    fail(
      "DATABASE_URL is required: several instances share one PostgreSQL, e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/newsroom npm run cluster",
    );
  const url = redisUrl() ?? "redis://127.0.0.1:6379";
  const port = Number(process.env.PORT ?? 3000);
  const count = Number(process.env.CLUSTER_INSTANCES ?? 2);
  if (!Number.isInteger(port) || port <= 0 || port + count > 65535)
    fail(`PORT must be a port number (got "${process.env.PORT}")`);
  if (!Number.isInteger(count) || count < 1 || count > 8) fail("CLUSTER_INSTANCES must be 1-8");
  ensureAuthSecret(); // the same secret for every instance: a session works on all of them
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";

  const { applied } = await migrate({ connectionString: databaseUrl, log });
  log(applied.length ? `applied ${applied.length} migration(s)` : "database schema is up to date");
  const db = createPrismaClient(databaseUrl, { max: 2 });
  try {
    if (await databaseIsEmpty(db)) {
      const counts = await seedDemo(db);
      log(
        `empty database: seeded ${counts.stories} stories, ${counts.tags} tags, ${counts.users} staff`,
      );
    }
  } finally {
    await db.$disconnect();
  }
  if (!existsSync(".next/BUILD_ID")) {
    log("no production build: running next build");
    if (spawnSync("npx", ["next", "build"], { stdio: "inherit" }).status !== 0)
      fail("next build failed (see above)");
  }

  const withNginx = nginxAvailable();
  const front = `http://127.0.0.1:${port}`;
  const ports = Array.from({ length: count }, (_, i) => port + 1 + i);
  const cluster = await startCluster({
    databaseUrl,
    redisUrl: url,
    redisPrefix: redisPrefix(),
    ports,
    nginxPort: withNginx ? port : null,
    env: { SITE_URL: process.env.SITE_URL ?? (withNginx ? front : undefined) },
    echo: (line) => console.log(line),
  });
  for (const instance of cluster.instances) log(`instance ${instance.name} on ${instance.url}`);
  log(
    cluster.nginx
      ? `nginx on ${cluster.nginx.url} in front of ${count} instance(s); its cache is ${cluster.nginx.cacheDir}`
      : "nginx is not installed: use the instances directly (apt-get install nginx for the front cache)",
  );
  log(`demo accounts (password "${DEMO_PASSWORD}", demo only):`);
  for (const u of users.filter((u) => u.email.split("@")[0] === u.role.toLowerCase()))
    log(`  ${u.role.padEnd(8)} ${u.email}`);
  log("cluster ready");

  const shutdown = () => void cluster.stop().then(() => process.exit(0));
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

const args = process.argv.slice(2);
if (args[0] === "purger") purgerOnly(args);
else main().catch(fail);
