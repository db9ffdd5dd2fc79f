// The reader's page cache: whole rendered responses (status, content type, body) kept in
// process memory, each labelled with the cache tags of every record it shows. invalidateTags()
// (lib/cache/invalidate.ts) drops the labelled entries at once, so the next reader gets the change.
// Tags are collected while the page is built (the related feed decides which stories it shows),
// which Next's unstable_cache cannot do.
//
// With several app instances (REDIS_URL), each keeps its own memory and a SharedInvalidation
// (lib/cluster/shared-invalidation.ts) says whether a page is still current: a page remembers the
// shared sequence number read just before it was built, and is checked against its tags' stamps
// each time it is served from memory. While Redis cannot answer, a page is kept for
// READER_CACHE_FALLBACK_TTL_MS at most. Without REDIS_URL nothing of this runs.

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
  builtAt: number;
  /** The shared sequence number read before the build; null without Redis (or while it is away). */
  seq: number | null;
}

export type Freshness = "fresh" | "stale" | "unknown";

/** What the page cache needs from invalidation shared between instances. Its methods never throw. */
export interface SharedInvalidation {
  /** The shared sequence number now, or null when it cannot be read. */
  currentSeq(): Promise<number | null>;
  /** Whether a page built at seq that shows these tags is still current ("unknown": cannot tell). */
  check(tags: readonly string[], seq: number | null): Promise<Freshness>;
  /** Tells every instance (asynchronously) that pages with these tags changed. */
  publish(tags: readonly string[]): void;
}

interface CacheState {
  entries: Map<string, Entry>;
  byTag: Map<string, Set<string>>;
  inFlight: Map<string, Promise<Entry>>;
  generation: number;
  shared: SharedInvalidation | null;
}

const MAX_ENTRIES = 5_000;
const encoder = new TextEncoder();
// A minute: bounds how stale another instance (or a no-JavaScript reader's "4 minutes ago") can be,
// at the cost of one rebuild per page per minute.
const TTL_MS = Number(process.env.READER_CACHE_TTL_MS ?? 60_000);
// While Redis is unreachable: how long one instance may serve a page without knowing of a change.
const FALLBACK_TTL_MS = Number(process.env.READER_CACHE_FALLBACK_TTL_MS ?? 1_000);
// A tag's shared stamp expires after a day (lib/cluster): never trust a page built before that.
const MAX_SHARED_AGE_MS = 23 * 3_600_000;

// One state per process, even if the bundler gives route handlers and server actions separate module copies.
const key = Symbol.for("newsroom.reader.page-cache");
const store = globalThis as unknown as Record<symbol, CacheState | undefined>;
const state: CacheState = (store[key] ??= {
  entries: new Map(),
  byTag: new Map(),
  inFlight: new Map(),
  generation: 0,
  shared: null,
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
  const shared = state.shared;
  // The sequence is read before the database, so a change recorded after it marks this page stale.
  const built = shared
    ? shared.currentSeq().then(async (seq) => ({ seq, page: await build() }))
    : build().then((page) => ({ seq: null, page }));
  const promise = built
    .then(({ seq, page }): Entry => {
      const now = Date.now();
      const entry: Entry = {
        ...page,
        bytes: encoder.encode(page.body),
        expiresAt: now + TTL_MS,
        hits: 0,
        builtAt: now,
        seq,
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
  let hit = state.entries.get(cacheKey);
  if (hit && state.shared && !(await isCurrent(state.shared, hit))) {
    if (state.entries.get(cacheKey) === hit) remove(cacheKey);
    hit = undefined;
  }
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

/** With shared invalidation: whether a page may be served (a change elsewhere, or Redis away). */
async function isCurrent(shared: SharedInvalidation, entry: Entry): Promise<boolean> {
  const age = Date.now() - entry.builtAt;
  if (age > MAX_SHARED_AGE_MS) return false;
  const verdict = await shared.check(entry.tags, entry.seq);
  return verdict === "fresh" || (verdict === "unknown" && age <= FALLBACK_TTL_MS);
}

/**
 * Makes this process's page cache check and record changes through invalidation shared with
 * other instances (instrumentation.ts, when REDIS_URL is set); null goes back to local only.
 */
export function setSharedInvalidation(shared: SharedInvalidation | null): void {
  state.shared = shared;
}

/** The shared invalidation in use, if any. */
export function sharedInvalidation(): SharedInvalidation | null {
  return state.shared;
}

/** Drops every page (after Redis comes back: pages built meanwhile are not known to be current). */
export function flushPages(): number {
  state.generation++;
  const dropped = state.entries.size;
  state.entries.clear();
  state.byTag.clear();
  return dropped;
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
