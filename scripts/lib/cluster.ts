// Several app instances on one PostgreSQL and one Redis, with nginx in front when it is installed:
// what `npm run cluster` (scripts/cluster.ts), e2e/cluster.spec.ts and bench/cluster.ts start.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { startNginxPurger, type NginxPurger } from "@/lib/cluster/nginx-purger";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

export async function waitForHttp(url: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url, { redirect: "manual" })).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export interface Instance {
  name: string;
  port: number;
  url: string;
  /** Everything the instance printed so far, line by line. */
  output: string[];
  /** Resolves when `next start` answers; rejects if it exits first. */
  ready(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** One `next start` of the existing build, with its output kept (and echoed when asked). */
export function startInstance(options: {
  name: string;
  port: number;
  env: Record<string, string | undefined>;
  echo?: (line: string) => void;
}): Instance {
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child: ChildProcess = spawn(
    process.execPath,
    [nextBin, "start", "-p", String(options.port), "-H", "127.0.0.1"],
    {
      cwd: root,
      env: { ...process.env, ...options.env, PORT: String(options.port) },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) {
      if (!line.trim()) continue;
      output.push(line);
      options.echo?.(`[${options.name}] ${line}`);
    }
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const url = `http://127.0.0.1:${options.port}`;
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) =>
      reject(
        new Error(
          `instance ${options.name} exited (${code}): ${output.slice(-6).join(" | ") || "no output"}`,
        ),
      ),
    ),
  );
  exited.catch(() => {}); // only awaited while starting
  return {
    name: options.name,
    port: options.port,
    url,
    output,
    ready: (timeoutMs) => Promise.race([waitForHttp(`${url}/robots.txt`, timeoutMs), exited]),
    stop: () => stopGroup(child),
  };
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-(child.pid as number), "SIGKILL");
      } catch {
        // gone
      }
    }, 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-(child.pid as number), "SIGTERM");
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

export function nginxAvailable(): boolean {
  return spawnSync("nginx", ["-v"], { stdio: "ignore" }).status === 0;
}

export interface Nginx {
  url: string;
  cacheDir: string;
  errors(): string;
  stop(): Promise<void>;
}

/**
 * nginx in the foreground with the shipped configuration (deploy/nginx/newsroom.conf), its upstream
 * block pointed at the given ports, its listen port and cache under a private prefix.
 */
export async function startNginx(options: { upstreams: number[]; port: number }): Promise<Nginx> {
  const prefix = mkdtempSync(path.join(tmpdir(), "newsroom-nginx-"));
  mkdirSync(path.join(prefix, "logs"));
  const cacheDir = path.join(prefix, "cache");
  const servers = options.upstreams.map((p) => `    server 127.0.0.1:${p};`).join("\n");
  const shipped = readFileSync(path.join(root, "deploy/nginx/newsroom.conf"), "utf8")
    .replace(
      /upstream newsroom_app \{[^}]*\}/,
      `upstream newsroom_app {\n${servers}\n    keepalive 64;\n}`,
    )
    .replace("/var/cache/nginx/newsroom", cacheDir)
    .replace("listen 80;", `listen 127.0.0.1:${options.port};`);
  // Workers of a root master run as nobody, who cannot write the temp folders: keep them as root.
  const user = process.getuid?.() === 0 ? "user root;" : "";
  const conf = `${user} worker_processes 2; daemon off; pid ${prefix}/nginx.pid; error_log ${prefix}/logs/error.log warn;
events { worker_connections 4096; }
http { access_log off; include /etc/nginx/mime.types; sendfile on; keepalive_requests 1000000;
  client_body_temp_path ${prefix}/tmp-body; proxy_temp_path ${prefix}/tmp-proxy; fastcgi_temp_path ${prefix}/tmp-fcgi;
  uwsgi_temp_path ${prefix}/tmp-uwsgi; scgi_temp_path ${prefix}/tmp-scgi;
${shipped}
}`;
  const confPath = path.join(prefix, "nginx.conf");
  writeFileSync(confPath, conf);
  const child = spawn("nginx", ["-p", prefix, "-c", confPath], {
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const errors = () => {
    let log = "";
    try {
      log = readFileSync(path.join(prefix, "logs", "error.log"), "utf8");
    } catch {
      // none yet
    }
    return (stderr + log).split("\n").filter(Boolean).slice(-5).join("\n");
  };
  const url = `http://127.0.0.1:${options.port}`;
  await waitForHttp(`${url}/robots.txt`, 30_000).catch((error: Error) => {
    throw new Error(`${error.message}; nginx: ${errors()}`);
  });
  return {
    url,
    cacheDir,
    errors,
    async stop() {
      await stopGroup(child);
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

export interface ClusterOptions {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix?: string;
  /** One port per instance. */
  ports: number[];
  /** nginx's port; null: no nginx. */
  nginxPort: number | null;
  /** Extra environment for every instance (AUTH_SECRET, SITE_URL, NEWSROOM_SCHEDULER_INTERVAL_MS...). */
  env?: Record<string, string | undefined>;
  echo?: (line: string) => void;
}

export interface Cluster {
  instances: Instance[];
  nginx: Nginx | null;
  purger: NginxPurger | null;
  /** Everything the purger logged. */
  purgerLog: string[];
  stop(): Promise<void>;
}

/** Starts the instances (build and database must be ready) and nginx with its purger. */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  if (!existsSync(path.join(root, ".next/BUILD_ID")))
    throw new Error("no production build: run `npm run build` first");
  const prefix = options.redisPrefix ?? "newsroom:";
  const names = "ABCDEFGH";
  const instances = options.ports.map((port, i) =>
    startInstance({
      name: names[i] ?? `#${i + 1}`,
      port,
      echo: options.echo,
      env: {
        NODE_ENV: "production",
        ...options.env,
        DATABASE_URL: options.databaseUrl,
        REDIS_URL: options.redisUrl,
        REDIS_PREFIX: prefix,
      },
    }),
  );
  let nginx: Nginx | null = null;
  let purger: NginxPurger | null = null;
  const purgerLog: string[] = [];
  const stop = async () => {
    await purger?.stop();
    await nginx?.stop();
    await Promise.all(instances.map((i) => i.stop()));
  };
  try {
    await Promise.all(instances.map((i) => i.ready()));
    if (options.nginxPort !== null) {
      nginx = await startNginx({ upstreams: options.ports, port: options.nginxPort });
      purger = startNginxPurger({
        redisUrl: options.redisUrl,
        prefix,
        cacheDir: nginx.cacheDir,
        log: (line) => {
          purgerLog.push(line);
          options.echo?.(line);
        },
      });
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { instances, nginx, purger, purgerLog, stop };
}
