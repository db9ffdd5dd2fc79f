// Article-page benchmark: npx tsx bench/article.ts
// Starts the production build (`next build` first if there is none) on a seeded database
// (DATABASE_URL, or the embedded one in .data/bench), then prints for the longest published story:
// requests/s and p50/p99 latency with 50 connections on loopback (wrk if installed, else autocannon),
// the HTML bytes, and the JavaScript and total bytes a browser downloads (gzipped). With nginx
// installed it also measures the page through deploy/nginx/newsroom.conf and nginx serving the same
// bytes as a file, in the same run. Bounded: ~10 s per measurement (BENCH_DURATION), loopback only.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrate } from "@/lib/db/migrate";
import { databaseIsEmpty, seedDemo } from "../scripts/seed-demo";
import { loadTest, type LoadResult } from "./lib/load";
import { startProductionApp } from "./lib/app";
import { waitFor } from "./lib/wait";

// The bench keeps its own embedded database (read by scripts/lib/runtime when it loads).
process.env.NEWSROOM_DATA_DIR ??= ".data/bench";
const { ensureAuthSecret, fail, freePort, log, resolveDatabase } =
  await import("../scripts/lib/runtime");
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

/** Bytes a browser downloads for the page: the HTML and every script and stylesheet, gzipped. */
async function pageWeight(base: string, pagePath: string) {
  const htmlText = await (await fetch(base + pagePath)).text();
  const assets = [
    ...htmlText.matchAll(
      /<script[^>]*\ssrc="([^"]+)"|<link[^>]*\shref="([^"]+\.(?:css|js)[^"]*)"/g,
    ),
  ].map((m) => m[1] ?? m[2]);
  let js = 0;
  let css = 0;
  for (const asset of new Set(assets)) {
    const body = Buffer.from(await (await fetch(new URL(asset, base))).arrayBuffer());
    const gz = gzipSync(body).length;
    if (/\.css(\?|$)/.test(asset)) css += gz;
    else js += gz;
  }
  const html = Buffer.byteLength(htmlText);
  const htmlGz = gzipSync(htmlText).length;
  return { htmlText, html, htmlGz, js, css, total: htmlGz + js + css, assets: assets.length };
}

function nginxAvailable(): boolean {
  return spawnSync("nginx", ["-v"], { stdio: "ignore" }).status === 0;
}

function startNginx(appPort: number, proxyPort: number, filePort: number, html: string) {
  const prefix = mkdtempSync(path.join(tmpdir(), "newsroom-bench-nginx-"));
  mkdirSync(path.join(prefix, "static"));
  mkdirSync(path.join(prefix, "logs"));
  writeFileSync(path.join(prefix, "static", "article.html"), html);
  const shipped = readFileSync(path.join(process.cwd(), "deploy/nginx/newsroom.conf"), "utf8")
    .replace("/var/cache/nginx/newsroom", path.join(prefix, "cache"))
    .replace(
      /upstream newsroom_app \{[^}]*\}/,
      `upstream newsroom_app { server 127.0.0.1:${appPort}; }`,
    )
    .replace("listen 80;", `listen 127.0.0.1:${proxyPort};`);
  // Workers of a root master run as nobody, who cannot write the temp folder: keep them as root here.
  const user = process.getuid?.() === 0 ? "user root; " : "";
  const conf = `${user}worker_processes auto; pid ${prefix}/nginx.pid; error_log ${prefix}/logs/error.log warn;
events { worker_connections 4096; }
http { access_log off; include /etc/nginx/mime.types; sendfile on; keepalive_requests 1000000;
  client_body_temp_path ${prefix}/tmp-body; proxy_temp_path ${prefix}/tmp-proxy; fastcgi_temp_path ${prefix}/tmp-fcgi;
  uwsgi_temp_path ${prefix}/tmp-uwsgi; scgi_temp_path ${prefix}/tmp-scgi;
${shipped}
  server { listen 127.0.0.1:${filePort}; root ${prefix}/static; location / { default_type "text/html; charset=utf-8"; } }
}`;
  const confPath = path.join(prefix, "nginx.conf");
  writeFileSync(confPath, conf);
  const started = spawnSync("nginx", ["-p", prefix, "-c", confPath], { encoding: "utf8" });
  if (started.status !== 0) throw new Error(`nginx did not start: ${started.stderr}`);
  return {
    errors: () => {
      try {
        return readFileSync(path.join(prefix, "logs", "error.log"), "utf8")
          .split("\n")
          .slice(-5)
          .join("\n");
      } catch {
        return "";
      }
    },
    stop() {
      spawnSync("nginx", ["-p", prefix, "-c", confPath, "-s", "quit"]);
      setTimeout(() => rmSync(prefix, { recursive: true, force: true }), 1000).unref();
    },
  };
}

const fmt = (r: LoadResult) =>
  `${Math.round(r.rps).toLocaleString("en").padStart(8)} req/s   p50 ${r.p50Ms.toFixed(2)} ms   p99 ${r.p99Ms.toFixed(2)} ms   (${r.tool}, ${r.errors} errors, ${r.timeouts} timeouts)`;

async function main() {
  ensureAuthSecret();
  const { url, embedded } = await resolveDatabase();
  let app: Awaited<ReturnType<typeof startProductionApp>> | undefined;
  let nginx: ReturnType<typeof startNginx> | undefined;
  try {
    await migrate({ connectionString: url, log });
    const db = createPrismaClient(url, { max: 2 });
    if (await databaseIsEmpty(db)) log(`seeded ${(await seedDemo(db)).stories} demo stories`);
    const story = await db.story.findFirst({
      where: { status: "PUBLISHED" },
      orderBy: { wordCount: "desc" },
      select: { slug: true, wordCount: true },
    });
    await db.$disconnect();
    if (!story) throw new Error("no published story to measure");
    app = await startProductionApp(url);
    const { base } = app;
    const articlePath = `/news/${story.slug}`;
    const weight = await pageWeight(base, articlePath);
    log(`article ${articlePath} (${story.wordCount} words)`);

    await loadTest(`${base}${articlePath}`, 3, CONNECTIONS); // warm-up: JIT, cache, connections
    const direct = await loadTest(`${base}${articlePath}`, DURATION, CONNECTIONS);
    log(`app: ${fmt(direct)}`);
    // Next's own floor on this machine right now: a handler that returns a constant (robots.txt).
    const floor = await loadTest(`${base}/robots.txt`, DURATION, CONNECTIONS);

    let viaNginx: LoadResult | undefined;
    let asFile: LoadResult | undefined;
    if (nginxAvailable()) {
      const [proxyPort, filePort] = [await freePort(), await freePort()];
      nginx = startNginx(app.port, proxyPort, filePort, weight.htmlText);
      await waitFor(`http://127.0.0.1:${proxyPort}${articlePath}`, 30_000).catch((error: Error) => {
        throw new Error(`${error.message}; nginx error log: ${nginx?.errors()}`);
      });
      await loadTest(`http://127.0.0.1:${proxyPort}${articlePath}`, 2, CONNECTIONS);
      viaNginx = await loadTest(
        `http://127.0.0.1:${proxyPort}${articlePath}`,
        DURATION,
        CONNECTIONS,
      );
      asFile = await loadTest(`http://127.0.0.1:${filePort}/article.html`, DURATION, CONNECTIONS);
    }

    const once =
      weight.htmlText.split(weight.htmlText.match(/<div class="body"><p>(.{40})/)?.[1] ?? "\u0000")
        .length - 1;
    console.log(`
Article page ${articlePath} (${story.wordCount} words), ${CONNECTIONS} connections, ${DURATION} s each, loopback
  app (next start)          ${fmt(direct)}
  Next floor: robots.txt    ${fmt(floor)}
${
  viaNginx && asFile
    ? `  app behind nginx config  ${fmt(viaNginx)}
  nginx, same bytes as file ${fmt(asFile)}
  behind nginx / file       ${((viaNginx.rps / asFile.rps) * 100).toFixed(0)}%
`
    : "  (nginx not installed: apt-get install -y nginx to measure the front cache)\n"
}
  HTML                      ${weight.html.toLocaleString("en")} bytes raw, ${weight.htmlGz.toLocaleString("en")} gzipped; article text appears ${once} time(s)
  JavaScript (gzipped)      ${weight.js.toLocaleString("en")} bytes in ${weight.assets} external asset(s) (an inline script of < 1 KB is in the HTML)
  CSS (gzipped, external)   ${weight.css.toLocaleString("en")} bytes
  total a browser downloads ${weight.total.toLocaleString("en")} bytes gzipped
`);
  } finally {
    nginx?.stop();
    await app?.stop();
    await embedded?.stop();
  }
}

main().catch(fail);
