import { LRUCache } from "lru-cache";

// Where the reader's page cache keeps its pages: two least-recently-used stores, each bounded by
// bytes, each with its own index from cache tag to the pages that carry it. Pages whose address a
// reader can vary without end (search results, a list deep in its cursors, a not-found page for an
// address someone typed) live apart in the "search" store, so that any number of them cannot push
// the articles, tag and author pages, the front page and the feeds out of the "main" one.

export type PagePartition = "main" | "search";

export const PAGE_PARTITIONS: readonly PagePartition[] = ["main", "search"];

/** What a store needs of a page: its encoded body (the bulk of its size) and its cache tags. */
export interface StoredPage {
  bytes: Uint8Array;
  tags: readonly string[];
}

// What a page costs beside its body: the entry object and its fields, the store's slots, the key
// (UTF-16 in memory) and, per tag, the tag's string and its place in the tag index. An estimate
// on the high side, so the budget holds for pages with small bodies too: bench/cache-flood.ts
// measured ~0.7-1 KB a page beside its body (heap plus array buffers, after a collection).
const PER_ENTRY_BYTES = 1_024;
const PER_TAG_BYTES = 64;

export function pageSize(page: StoredPage, cacheKey: string): number {
  let size = page.bytes.byteLength + PER_ENTRY_BYTES + 2 * cacheKey.length;
  for (const tag of page.tags) size += PER_TAG_BYTES + 2 * tag.length;
  return size;
}

const MIB = 1024 * 1024;

function bytesSetting(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (Number.isSafeInteger(value) && value > 0) return value;
  console.error(`[reader] ${name}=${raw} is not a positive number of bytes: using ${fallback}`);
  return fallback;
}

export function partitionBudgets(): Record<PagePartition, number> {
  return {
    main: bytesSetting("READER_CACHE_MAX_BYTES", 256 * MIB),
    search: bytesSetting("READER_CACHE_SEARCH_MAX_BYTES", 32 * MIB),
  };
}

/** One bounded store and its tag index, kept in step by the store's own insert and dispose hooks. */
export class PageStore<E extends StoredPage> {
  readonly pages: LRUCache<string, E>;
  readonly byTag = new Map<string, Set<string>>();

  constructor(readonly maxBytes: number) {
    this.pages = new LRUCache<string, E>({
      maxSize: maxBytes,
      // A page bigger than the whole budget is not kept (it is still served).
      maxEntrySize: maxBytes,
      sizeCalculation: pageSize,
      // Called for every page that leaves: evicted, replaced, deleted, cleared.
      dispose: (page, cacheKey) => this.unindex(page, cacheKey),
      // Called only once a page is actually stored (not for one over maxEntrySize).
      onInsert: (page, cacheKey) => this.index(page, cacheKey),
    });
  }

  private index(page: E, cacheKey: string): void {
    for (const tag of page.tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(cacheKey);
    }
  }

  private unindex(page: E, cacheKey: string): void {
    for (const tag of page.tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(cacheKey);
      if (keys && keys.size === 0) this.byTag.delete(tag);
    }
  }

  /** The keys of the pages that carry the tag (a copy: deleting while walking it is safe). */
  keysWithTag(tag: string): string[] {
    return [...(this.byTag.get(tag) ?? [])];
  }

  stats(): PageStoreStats {
    let indexed = 0;
    for (const keys of this.byTag.values()) indexed += keys.size;
    return {
      entries: this.pages.size,
      bytes: this.pages.calculatedSize,
      maxBytes: this.maxBytes,
      tags: this.byTag.size,
      indexedKeys: indexed,
    };
  }
}

export interface PageStoreStats {
  /** Pages kept. */
  entries: number;
  /** Their estimated size in memory (pageSize), never over maxBytes. */
  bytes: number;
  maxBytes: number;
  /** Distinct tags in the tag index. */
  tags: number;
  /** (tag, page) pairs in the tag index: the sum of the pages' tag counts, no more. */
  indexedKeys: number;
}
