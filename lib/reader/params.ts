import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/shared/slug";
import type { PagePartition } from "@/lib/reader/page-store";
import type { ListPosition } from "@/lib/stories/public-queries";

// Reader input at the boundary: slugs, page numbers and search queries. Anything odd is a clean 4xx
// (or an empty result), decided before any query runs.

/** Route params arrive percent-decoded or not depending on the router: accept both, then check. */
export function parseSlug(raw: string): string | null {
  let value = raw;
  try {
    value = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return value.length <= 200 && SLUG_PATTERN.test(value) ? value : null;
}

/** The id form of an author address (cuid / uuid); slugs go through parseSlug. */
export function parseAuthorKey(raw: string): string | null {
  const slug = parseSlug(raw);
  if (slug) return slug;
  return /^[A-Za-z0-9_-]{1,64}$/.test(raw) ? raw : null;
}

const pageSchema = z
  .string()
  .regex(/^\d{1,7}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(1_000_000));

/** ?page=: absent -> 1; a positive integer -> it; anything else (negative, NaN, huge) -> null (400). */
export function parsePage(searchParams: URLSearchParams): number | null {
  const all = searchParams.getAll("page");
  if (all.length === 0) return 1;
  if (all.length > 1) return null;
  const result = pageSchema.safeParse(all[0]);
  return result.success ? result.data : null;
}

/**
 * A place in a newest-first list: the publication time (ISO, milliseconds, UTC) and the story id,
 * joined by "_": `2019-03-04T10:22:01.123Z_cm0abc...`. Readable in the address bar, and exact.
 */
export function formatCursor(place: { at: Date; id: string }): string {
  return `${place.at.toISOString()}_${place.id}`;
}

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([A-Za-z0-9_-]{1,64})$/;

export function parseCursor(raw: string): { at: Date; id: string } | null {
  const m = CURSOR.exec(raw);
  if (!m) return null;
  const at = new Date(m[1]);
  // A date that does not round-trip (month 13, 31 February) is malformed, not a place.
  return Number.isNaN(at.getTime()) || at.toISOString() !== m[1] ? null : { at, id: m[2] };
}

/**
 * Where a tag's or author's list starts: `?before=<cursor>` (older than it), `?after=<cursor>`
 * (newer), `?page=N` (old numbered links), or the newest. More than one of them, a repeated one or
 * a malformed value -> null (400).
 */
export function parseListPosition(searchParams: URLSearchParams): ListPosition | null {
  const given = ["page", "before", "after"].filter((k) => searchParams.has(k));
  if (given.length > 1) return null;
  const key = given[0];
  if (key === "before" || key === "after") {
    const all = searchParams.getAll(key);
    const place = all.length === 1 ? parseCursor(all[0]) : null;
    return place ? { kind: key, ...place } : null;
  }
  const page = parsePage(searchParams);
  return page === null ? null : { kind: "page", page };
}

/** The cache key part for a list position (a page number alone, as before cursors). */
export function positionKey(position: ListPosition): string {
  return position.kind === "page"
    ? String(position.page)
    : `${position.kind}:${formatCursor(position)}`;
}

/**
 * Which page-cache store a list page belongs in: its newest page with the main pages; any other
 * place (a cursor, ?page=N) is one of as many addresses as a reader cares to make up.
 */
export function positionPartition(position: ListPosition): PagePartition {
  return position.kind === "page" && position.page === 1 ? "main" : "search";
}

export const MAX_QUERY_LENGTH = 200;

/** ?q=: trimmed, control characters removed, collapsed, capped at 200 characters. */
export function parseQuery(searchParams: URLSearchParams): string {
  const raw = searchParams.get("q") ?? "";
  return raw
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
}
