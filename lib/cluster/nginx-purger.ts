import { watch, type FSWatcher } from "node:fs";
import { open, readdir, stat, unlink } from "node:fs/promises";
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
/** A full listing of the cache this often, in case a folder watch missed something. */
const RESCAN_MS = 30_000;
const HEAD_BYTES = 8_192;
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

/**
 * Which cached file carries which tags, kept current by watching nginx's cache folders (inotify:
 * nginx renames each response into place) and by a full listing at start and every RESCAN_MS, so
 * that a change costs a lookup and the deletes, not a walk over the whole cache.
 */
export class CacheIndex {
  private readonly byFile = new Map<string, { version: string; tags: string[] }>();
  private readonly byTag = new Map<string, Set<string>>();
  private readonly watchers = new Map<string, FSWatcher>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly dir: string) {}

  get size(): number {
    return this.byFile.size;
  }

  start(): Promise<void> {
    this.timer = setInterval(() => void this.rescan(), RESCAN_MS);
    this.timer.unref();
    return this.rescan();
  }

  stop(): void {
    clearInterval(this.timer);
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
  }

  /** Files that carry any of the tags ("*" on either side: all). */
  matching(tags: ReadonlySet<string>): string[] {
    if (tags.has(ALL_PAGES_TAG)) return [...this.byFile.keys()];
    const files = new Set(this.byTag.get(ALL_PAGES_TAG));
    for (const tag of tags) for (const f of this.byTag.get(tag) ?? []) files.add(f);
    return [...files];
  }

  forget(file: string): void {
    const known = this.byFile.get(file);
    if (!known) return;
    this.byFile.delete(file);
    for (const tag of known.tags) {
      const files = this.byTag.get(tag);
      files?.delete(file);
      if (files?.size === 0) this.byTag.delete(tag);
    }
  }

  /** Reads (or drops) one file's entry; unchanged files cost a stat. */
  async refresh(file: string): Promise<void> {
    try {
      const info = await stat(file);
      const version = `${info.ino}:${info.size}:${info.mtimeMs}`;
      if (this.byFile.get(file)?.version === version) return;
      const tags = await cachedTags(file);
      this.forget(file);
      if (!tags) return; // not a reader page (e.g. /_next/static)
      this.byFile.set(file, { version, tags });
      for (const tag of tags) {
        let files = this.byTag.get(tag);
        if (!files) this.byTag.set(tag, (files = new Set()));
        files.add(file);
      }
    } catch {
      this.forget(file); // gone
    }
  }

  async rescan(): Promise<void> {
    this.watch(this.dir, true);
    const files = await cacheFiles(this.dir);
    const present = new Set(files);
    for (const file of [...this.byFile.keys()]) if (!present.has(file)) this.forget(file);
    for (let i = 0; i < files.length; i += 64)
      await Promise.all(files.slice(i, i + 64).map((f) => this.refresh(f)));
  }

  private watch(dir: string, isRoot: boolean): void {
    if (this.watchers.has(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (_event, name) => {
        if (!name) return;
        const full = path.join(dir, name.toString());
        if (CACHE_FILE.test(name.toString())) void this.refresh(full);
        else if (isRoot && /^[0-9a-f]{1,2}$/.test(name.toString())) this.watch(full, false);
      });
    } catch {
      return; // not there yet: the next rescan tries again
    }
    watcher.on("error", () => {
      watcher.close();
      this.watchers.delete(dir);
    });
    this.watchers.set(dir, watcher);
    // What was written before the watch began (nginx creates a folder and its first file at once).
    void readdir(dir, { withFileTypes: true })
      .then((entries) => {
        for (const e of entries) {
          const full = path.join(dir, e.name);
          if (isRoot && e.isDirectory()) this.watch(full, false);
          else if (!isRoot && CACHE_FILE.test(e.name)) void this.refresh(full);
        }
      })
      .catch(() => {});
  }
}

export interface PurgeResult {
  indexed: number;
  removed: number;
  ms: number;
}

/** Deletes every cached page that carries one of the tags ("*": every page). */
export async function purgeCachedPages(
  index: CacheIndex,
  tags: ReadonlySet<string>,
): Promise<PurgeResult> {
  const started = performance.now();
  if (tags.has(ALL_PAGES_TAG)) await index.rescan(); // everything, not only what is indexed
  const files = index.matching(tags);
  let removed = 0;
  await Promise.all(
    files.map(async (file) => {
      try {
        await unlink(file);
        removed++;
      } catch {
        // already gone
      }
      index.forget(file);
    }),
  );
  return { indexed: index.size + removed, removed, ms: performance.now() - started };
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
  const index = new CacheIndex(options.cacheDir);
  const indexed = index.start();
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
      await indexed;
      const result = await purgeCachedPages(index, tags);
      if (result.removed || result.ms > 200)
        log(
          `[purger] dropped ${result.removed} of ${result.indexed} cached page(s) in ${Math.round(result.ms)} ms`,
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
      index.stop();
      while (running) await running;
    },
  };
}
