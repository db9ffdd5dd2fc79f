import "server-only";
import { cachedPage, type RenderedPage } from "./page-cache";
import { errorPage } from "./error-pages";

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

function headersFor(
  page: Pick<RenderedPage, "contentType" | "location">,
  cacheControl: string,
): Headers {
  const headers = new Headers({
    "Content-Type": page.contentType,
    "Cache-Control": cacheControl,
    "X-Content-Type-Options": "nosniff",
    Vary: "Accept-Encoding",
  });
  if (page.location) headers.set("Location", page.location);
  return headers;
}

export async function servePage(
  _request: Request,
  cacheKey: string,
  build: () => Promise<RenderedPage>,
): Promise<Response> {
  try {
    const entry = await cachedPage(cacheKey, build);
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

/** Answers that are not worth caching: bad input (4xx before any query) and server errors. */
export function uncachedPage(
  page: Omit<RenderedPage, "tags">,
  cacheControl = "public, max-age=60",
): Response {
  return new Response(page.body, { status: page.status, headers: headersFor(page, cacheControl) });
}

export const HTML = "text/html; charset=utf-8";
