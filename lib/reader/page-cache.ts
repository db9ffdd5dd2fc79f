// The reader's page cache: whole rendered responses (status, content type, body) kept in
// process memory, each labelled with the cache tags of every record it shows. invalidateTags()
// (lib/cache/invalidate.ts) drops the labelled entries at once, so the next reader gets the change.
// Tags are collected while the page is built (the related feed decides which stories it shows),
// which Next's unstable_cache cannot do. A TTL bounds staleness when several app instances run
// (each has its own memory); a front cache (deploy/nginx) sits in front of all of them.

export interface RenderedPage {
  status: number;
  contentType: string;
  body: string;
  /** Location for redirects. */
  location?: string;
  /** Every cache tag of what the page shows. */
  tags: readonly string[];
}

interface Entry extends RenderedPage {
  /** The body encoded once, not on every request. */
  bytes: Uint8Array<ArrayBuffer>;
  expiresAt: number;
  /** How many times this entry was served from memory (0 for the request that built it). */
  hits: number;
}

interface CacheState {
  entries: Map<string, Entry>;
  byTag: Map<string, Set<string>>;
  inFlight: Map<string, Promise<Entry>>;
  generation: number;
}

const MAX_ENTRIES = 5_000;
const encoder = new TextEncoder();
// A minute: bounds how stale another instance (or a no-JavaScript reader's "4 minutes ago") can be,
// at the cost of one rebuild per page per minute.
const TTL_MS = Number(process.env.READER_CACHE_TTL_MS ?? 60_000);

// One state per process, even if the bundler gives route handlers and server actions separate module copies.
const key = Symbol.for("newsroom.reader.page-cache");
const store = globalThis as unknown as Record<symbol, CacheState | undefined>;
const state: CacheState = (store[key] ??= {
  entries: new Map(),
  byTag: new Map(),
  inFlight: new Map(),
  generation: 0,
});

function remove(cacheKey: string): void {
  const entry = state.entries.get(cacheKey);
  if (!entry) return;
  state.entries.delete(cacheKey);
  for (const tag of entry.tags) {
    const keys = state.byTag.get(tag);
    keys?.delete(cacheKey);
    if (keys && keys.size === 0) state.byTag.delete(tag);
  }
}

function insert(cacheKey: string, entry: Entry): void {
  remove(cacheKey);
  state.entries.set(cacheKey, entry);
  for (const tag of entry.tags) {
    let keys = state.byTag.get(tag);
    if (!keys) state.byTag.set(tag, (keys = new Set()));
    keys.add(cacheKey);
  }
  // Maps keep insertion order: the first key is the least recently stored.
  while (state.entries.size > MAX_ENTRIES) {
    const oldest = state.entries.keys().next().value;
    if (oldest === undefined) break;
    remove(oldest);
  }
}

function startBuild(cacheKey: string, build: () => Promise<RenderedPage>): Promise<Entry> {
  const pending = state.inFlight.get(cacheKey);
  if (pending) return pending;
  const generation = state.generation;
  const promise = build()
    .then((page): Entry => {
      const entry: Entry = {
        ...page,
        bytes: encoder.encode(page.body),
        expiresAt: Date.now() + TTL_MS,
        hits: 0,
      };
      // A change committed while we were building may not be in this page: don't keep it.
      if (state.generation === generation) insert(cacheKey, entry);
      return entry;
    })
    .finally(() => state.inFlight.delete(cacheKey));
  state.inFlight.set(cacheKey, promise);
  return promise;
}

/**
 * The cached page for cacheKey, or builds it (one build at a time per key) and keeps it. A page past
 * its TTL is still served while one rebuild runs (stale-while-revalidate); an invalidated page is
 * gone from the cache, so a change is never served stale.
 */
export async function cachedPage(
  cacheKey: string,
  build: () => Promise<RenderedPage>,
): Promise<Entry> {
  const hit = state.entries.get(cacheKey);
  if (hit) {
    if (hit.expiresAt <= Date.now() && !state.inFlight.has(cacheKey)) {
      startBuild(cacheKey, build).catch((error: unknown) =>
        console.error(
          `[reader] refreshing ${cacheKey}: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
    }
    hit.hits++;
    return hit;
  }
  return startBuild(cacheKey, build);
}

/** Drops every page that shows any of the tags. */
export function invalidatePages(tags: readonly string[]): number {
  state.generation++;
  let dropped = 0;
  for (const tag of tags) {
    for (const cacheKey of [...(state.byTag.get(tag) ?? [])]) {
      remove(cacheKey);
      dropped++;
    }
  }
  return dropped;
}

/** For tests: whether a page is currently cached. */
export function isCached(cacheKey: string): boolean {
  return state.entries.has(cacheKey);
}
