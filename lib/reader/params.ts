import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/shared/slug";

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
