// The reader's page cache: whole rendered responses (status, content type, body) kept in
// process memory, each labelled with the cache tags of every record it shows. invalidateTags()
// (lib/cache/invalidate.ts) drops the labelled entries at once, so the next reader gets the change.
// Tags are collected while the page is built (the related feed decides which stories it shows),
// which Next's unstable_cache cannot do. Memory is bounded by bytes, not by a count of pages: two
// least-recently-used stores (lib/reader/page-store.ts), search results and other addresses without
// end kept apart (READER_CACHE_SEARCH_MAX_BYTES) from the articles and lists (READER_CACHE_MAX_BYTES).
//
// With several app instances (REDIS_URL), each keeps its own memory and a SharedInvalidation
// (lib/cluster/shared-invalidation.ts) says whether a page is still current: a page remembers the
// shared sequence number read just before it was built, and is checked against its tags' stamps
// each time it is served from memory. While Redis cannot answer, a page is kept for
// READER_CACHE_FALLBACK_TTL_MS at most. Without REDIS_URL nothing of this runs.

import {
  PAGE_PARTITIONS,
  PageStore,
  partitionBudgets,
  type PagePartition,
  type PageStoreStats,
} from "./page-store";

export type { PagePartition } from "./page-store";

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
  stores: Record<PagePartition, PageStore<Entry>>;
  inFlight: Map<string, Promise<Entry>>;
  generation: number;
  shared: SharedInvalidation | null;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
// A minute: bounds how stale another instance (or a no-JavaScript reader's "4 minutes ago") can be,
// at the cost of one rebuild per page per minute.
const TTL_MS = Number(process.env.READER_CACHE_TTL_MS ?? 60_000);
// While Redis is unreachable: how long one instance may serve a page without knowing of a change.
const FALLBACK_TTL_MS = Number(process.env.READER_CACHE_FALLBACK_TTL_MS ?? 1_000);
// A tag's shared stamp expires after a day (lib/cluster): never trust a page built before that.
const MAX_SHARED_AGE_MS = 23 * 3_600_000;

function newState(): CacheState {
  const budgets = partitionBudgets();
  return {
    stores: {
      main: new PageStore<Entry>(budgets.main),
      search: new PageStore<Entry>(budgets.search),
    },
    inFlight: new Map(),
    generation: 0,
    shared: null,
  };
}

// One state per process, even if the bundler gives route handlers and server actions separate
// module copies. (".v2": the state of the Map-based cache before it had another shape.)
const key = Symbol.for("newsroom.reader.page-cache.v2");
const store = globalThis as unknown as Record<symbol, CacheState | undefined>;
const state: CacheState = (store[key] ??= newState());

/** The page kept for cacheKey in either store, marked as just used. */
function lookup(cacheKey: string): Entry | undefined {
  return state.stores.main.pages.get(cacheKey) ?? state.stores.search.pages.get(cacheKey);
}

function peek(cacheKey: string): Entry | undefined {
  return state.stores.main.pages.peek(cacheKey) ?? state.stores.search.pages.peek(cacheKey);
}

function remove(cacheKey: string): boolean {
  // A key lives in one store at most (insert sees to it); the store's dispose hook unindexes it.
  const fromMain = state.stores.main.pages.delete(cacheKey);
  return state.stores.search.pages.delete(cacheKey) || fromMain;
}

// An error page (a slug nobody published, a sitemap that does not exist) answers an address a
// reader made up: as many as there are addresses, so it is kept with the search results.
function partitionFor(entry: Entry, asked: PagePartition): PagePartition {
  return entry.status >= 400 ? "search" : asked;
}

function insert(cacheKey: string, entry: Entry, asked: PagePartition): void {
  const partition = partitionFor(entry, asked);
  for (const other of PAGE_PARTITIONS) {
    if (other !== partition) state.stores[other].pages.delete(cacheKey);
  }
  // Replaces (and unindexes) an older page under the key; evicts the least recently used pages
  // until the new one fits; keeps nothing if the page alone is over the store's budget.
  state.stores[partition].pages.set(cacheKey, entry);
}

function toEntry(page: RenderedPage, seq: number | null): Entry {
  const now = Date.now();
  const bytes = encoder.encode(page.body);
  return {
    status: page.status,
    contentType: page.contentType,
    ...(page.location !== undefined && { location: page.location }),
    tags: page.tags,
    bytes,
    // The body is kept once, encoded; the text is decoded again only if someone asks for it.
    get body() {
      return decoder.decode(bytes);
    },
    expiresAt: now + TTL_MS,
    hits: 0,
    builtAt: now,
    seq,
  };
}

function startBuild(
  cacheKey: string,
  build: () => Promise<RenderedPage>,
  partition: PagePartition,
): Promise<Entry> {
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
      const entry = toEntry(page, seq);
      // A change committed while we were building may not be in this page: don't keep it.
      if (state.generation === generation) insert(cacheKey, entry, partition);
      return entry;
    })
    .finally(() => state.inFlight.delete(cacheKey));
  state.inFlight.set(cacheKey, promise);
  return promise;
}

/**
 * The cached page for cacheKey, or builds it (one build at a time per key) and keeps it in the
 * partition's store (lib/reader/page-store.ts: "search" for addresses a reader can vary without
 * end). A page past its TTL is still served while one rebuild runs (stale-while-revalidate); an
 * invalidated page is gone from the cache, so a change is never served stale.
 */
export async function cachedPage(
  cacheKey: string,
  build: () => Promise<RenderedPage>,
  partition: PagePartition = "main",
): Promise<Entry> {
  let hit = lookup(cacheKey);
  if (hit && state.shared && !(await isCurrent(state.shared, hit))) {
    if (peek(cacheKey) === hit) remove(cacheKey);
    hit = undefined;
  }
  if (hit) {
    if (hit.expiresAt <= Date.now() && !state.inFlight.has(cacheKey)) {
      startBuild(cacheKey, build, partition).catch((error: unknown) =>
        console.error(
          `[reader] refreshing ${cacheKey}: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
    }
    hit.hits++;
    return hit;
  }
  return startBuild(cacheKey, build, partition);
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
  let dropped = 0;
  for (const partition of PAGE_PARTITIONS) {
    dropped += state.stores[partition].pages.size;
    state.stores[partition].pages.clear();
  }
  return dropped;
}

/** Drops every page, in either store, that shows any of the tags. */
export function invalidatePages(tags: readonly string[]): number {
  state.generation++;
  let dropped = 0;
  for (const tag of tags) {
    for (const partition of PAGE_PARTITIONS) {
      const { pages } = state.stores[partition];
      for (const cacheKey of state.stores[partition].keysWithTag(tag)) {
        if (pages.delete(cacheKey)) dropped++;
      }
    }
  }
  return dropped;
}

/** For tests: whether a page is currently cached. */
export function isCached(cacheKey: string): boolean {
  return cachedIn(cacheKey) !== null;
}

/** Which store holds the page, if any (does not count as a use). */
export function cachedIn(cacheKey: string): PagePartition | null {
  for (const partition of PAGE_PARTITIONS) {
    if (state.stores[partition].pages.has(cacheKey)) return partition;
  }
  return null;
}

/** The keys of the cached pages that carry the tag, from the stores' tag indexes. */
export function pagesWithTag(tag: string): string[] {
  return PAGE_PARTITIONS.flatMap((partition) => state.stores[partition].keysWithTag(tag));
}

/** What each store holds now (entries, estimated bytes against its budget, its tag index). */
export function pageCacheStats(): Record<PagePartition, PageStoreStats> & { inFlight: number } {
  return {
    main: state.stores.main.stats(),
    search: state.stores.search.stats(),
    inFlight: state.inFlight.size,
  };
}
