import { open, readdir, unlink } from "node:fs/promises";
import path from "node:path";
import { connectRedis, redisLabel } from "@/lib/redis/client";
import { ALL_PAGES_TAG, invalidationChannel } from "./shared-invalidation";

// Keeps nginx's front cache (deploy/nginx/newsroom.conf) in step with the app: listens on Redis for
// the tags each change invalidates and deletes the cached responses that carry any of them. nginx
// stores each response's headers in its cache file, including the Surrogate-Key header (the page's
// cache tags) that it hides from readers; a deleted file is a miss on the next request, so that
// reader gets the page from an app instance, which already knows of the change. Open-source nginx
// has no purge command; this runs beside nginx, on the same host, with write access to its cache.
//
// A response that was on its way from an app instance while the change was recorded can land in the
// cache just after the sweep, so each change is swept a second time RESWEEP_MS later. If Redis goes
// away, nginx's own short freshness (s-maxage=1) bounds staleness; when it is back, every cached
// page is dropped, since changes may have been missed.

const RESWEEP_MS = 500;
const HEAD_BYTES = 16_384;
const CACHE_FILE = /^[0-9a-f]{32}$/;

/** The Surrogate-Key tags stored in one nginx cache file, or null when it has none (not a page). */
export async function cachedTags(file: string): Promise<string[] | null> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const head = buffer.subarray(0, bytesRead).toString("latin1");
    const start = head.indexOf("\nKEY: ");
    if (start < 0) return null;
    const end = head.indexOf("\r\n\r\n", start);
    const headers = head.slice(start, end < 0 ? undefined : end);
    const match = /\r\nsurrogate-key:[ \t]*([^\r\n]*)/i.exec(headers);
    return match ? match[1].split(/\s+/).filter(Boolean) : null;
  } finally {
    await handle.close();
  }
}

async function cacheFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir, { recursive: true });
  } catch {
    return []; // nothing cached yet
  }
  return names.filter((n) => CACHE_FILE.test(path.basename(n))).map((n) => path.join(dir, n));
}

export interface PurgeResult {
  scanned: number;
  removed: number;
  ms: number;
}

/** Deletes every cached page that carries one of the tags ("*": every page). */
export async function purgeCachedPages(
  dir: string,
  tags: ReadonlySet<string>,
): Promise<PurgeResult> {
  const started = performance.now();
  const files = await cacheFiles(dir);
  const all = tags.has(ALL_PAGES_TAG);
  let removed = 0;
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(
      files.slice(i, i + 64).map(async (file) => {
        try {
          const keys = await cachedTags(file);
          if (!keys) return;
          if (all || keys.includes(ALL_PAGES_TAG) || keys.some((k) => tags.has(k))) {
            await unlink(file);
            removed++;
          }
        } catch {
          // nginx replaced or removed it meanwhile
        }
      }),
    );
  }
  return { scanned: files.length, removed, ms: performance.now() - started };
}

export interface NginxPurger {
  /** Resolves when no sweep is running or queued. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export function startNginxPurger(options: {
  redisUrl: string;
  prefix: string;
  cacheDir: string;
  log?: (line: string) => void;
}): NginxPurger {
  const log = options.log ?? ((line: string) => console.log(line));
  const where = redisLabel(options.redisUrl);
  const channel = invalidationChannel(options.prefix);
  const subscriber = connectRedis(options.redisUrl, "newsroom-nginx-purger");
  let queued = new Set<string>();
  let running: Promise<void> | null = null;
  let down = false;
  let everReady = false;
  const timers = new Set<NodeJS.Timeout>();

  function sweep(tags: Iterable<string>): void {
    for (const tag of tags) queued.add(tag);
    if (!running) running = drain();
  }
  async function drain(): Promise<void> {
    while (queued.size) {
      const tags = queued;
      queued = new Set();
      const result = await purgeCachedPages(options.cacheDir, tags);
      if (result.removed || result.ms > 200)
        log(
          `[purger] dropped ${result.removed} of ${result.scanned} cached response(s) in ${Math.round(result.ms)} ms`,
        );
    }
    running = null;
  }

  subscriber.on("message", (_channel: string, message: string) => {
    const tags = message.split(" ").slice(1).filter(Boolean);
    sweep(tags);
    const timer = setTimeout(() => {
      timers.delete(timer);
      sweep(tags);
    }, RESWEEP_MS);
    timers.add(timer);
  });
  subscriber.on("error", (error: Error) => {
    if (down) return;
    down = true;
    log(`[purger] Redis at ${where} unreachable (${error.message}): nginx keeps pages 1-2 s`);
  });
  subscriber.on("ready", () => {
    subscriber.subscribe(channel).catch((error: Error) => log(`[purger] ${error.message}`));
    const missed = down || !everReady;
    everReady = true;
    down = false;
    // Changes made while we were not listening are unknown: drop every cached page.
    if (missed) sweep([ALL_PAGES_TAG]);
    log(`[purger] listening on ${where} for invalidations; nginx cache ${options.cacheDir}`);
  });

  return {
    async idle() {
      while (running) await running;
    },
    async stop() {
      for (const timer of timers) clearTimeout(timer);
      subscriber.disconnect();
      while (running) await running;
    },
  };
}
