import "server-only";
import { cachedPage, type PagePartition, type RenderedPage } from "./page-cache";
import { errorPage } from "./error-pages";
import { parseListPosition, positionKey, positionPartition } from "./params";
import { READER_CSS } from "./styles";
import { RELATIVE_TIME_SCRIPT } from "./relative-time";
import { readerPolicy, RESOURCE_POLICY } from "@/lib/security/headers";
import type { ListPosition } from "@/lib/stories/public-queries";

// How every reader route answers: the page from the reader's cache (built on a miss), with a
// Cache-Control that lets a front cache (deploy/nginx) hold it for a second and serve it stale while
// it refreshes. Compression is the front cache's job: `next start` compresses a handler's body again
// even when it is already gzipped (seen: double-gzipped pages), so we send identity bytes.

export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-while-revalidate=30";

// The page's cache tags, space-separated (the Surrogate-Key convention of Fastly and Varnish), so a
// front cache can drop exactly the pages a change touches (deploy/nginx hides it from readers and
// lib/cluster/nginx-purger.ts reads it). A page showing too many to list says "*": any change.
const MAX_SURROGATE_KEY = 4_000;
function surrogateKey(tags: readonly string[]): string {
  const joined = tags.join(" ");
  return joined.length <= MAX_SURROGATE_KEY ? joined : "*";
}

// The reader's HTML may run exactly the script and use exactly the stylesheet that layout.ts embeds:
// their hashes, from the same strings. Everything else (feeds, sitemaps, robots.txt) runs nothing.
// The other security headers (nosniff, frame, referrer, permissions, HSTS) come from next.config.ts.
export const READER_CSP = readerPolicy({ scripts: [RELATIVE_TIME_SCRIPT], styles: [READER_CSS] });

function headersFor(
  page: Pick<RenderedPage, "contentType" | "location">,
  cacheControl: string,
): Headers {
  const headers = new Headers({
    "Content-Type": page.contentType,
    "Cache-Control": cacheControl,
    "Content-Security-Policy": page.contentType.startsWith("text/html")
      ? READER_CSP
      : RESOURCE_POLICY,
    Vary: "Accept-Encoding",
  });
  if (page.location) headers.set("Location", page.location);
  return headers;
}

/**
 * The page for cacheKey, from the page cache or built. partition "search": an address a reader can
 * vary without end (a query, a cursor), kept apart so that a flood of them cannot push out the rest.
 */
export async function servePage(
  _request: Request,
  cacheKey: string,
  build: () => Promise<RenderedPage>,
  partition: PagePartition = "main",
): Promise<Response> {
  try {
    const entry = await cachedPage(cacheKey, build, partition);
    const headers = headersFor(entry, PUBLIC_CACHE_CONTROL);
    headers.set("X-Reader-Cache", entry.hits > 0 ? "hit" : "miss");
    headers.set("Surrogate-Key", surrogateKey(entry.tags));
    const isRedirect = entry.status >= 300 && entry.status < 400;
    if (isRedirect) return new Response(null, { status: entry.status, headers });
    return new Response(entry.bytes, { status: entry.status, headers });
  } catch (error) {
    console.error(
      `[reader] ${cacheKey}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return uncachedPage(errorPage(500), "no-store");
  }
}

/**
 * A tag's or an author's list (cacheKey "tag:<slug>") at the position the address asks for: 400
 * for one no list has; each position its own cache entry, in the partition positionPartition says.
 */
export async function serveListPage(
  request: Request,
  cacheKey: string,
  build: (position: ListPosition) => Promise<RenderedPage>,
): Promise<Response> {
  const position = parseListPosition(new URL(request.url).searchParams);
  if (position === null) return uncachedPage(errorPage(400));
  return servePage(
    request,
    `${cacheKey}:${positionKey(position)}`,
    () => build(position),
    positionPartition(position),
  );
}

/** Answers that are not worth caching: bad input (4xx before any query) and server errors. */
export function uncachedPage(
  page: Omit<RenderedPage, "tags">,
  cacheControl = "public, max-age=60",
): Response {
  return new Response(page.body, { status: page.status, headers: headersFor(page, cacheControl) });
}

export const HTML = "text/html; charset=utf-8";
