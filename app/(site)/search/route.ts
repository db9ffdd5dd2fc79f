import { errorPage } from "@/lib/reader/error-pages";
import { buildSearchPage } from "@/lib/reader/pages/search";
import { parsePage, parseQuery } from "@/lib/reader/params";
import { servePage, uncachedPage } from "@/lib/reader/respond";

export const dynamic = "force-dynamic";

// Full-text search over published stories; the query is capped and cleaned before it reaches SQL.
export async function GET(request: Request) {
  const searchParams = new URL(request.url).searchParams;
  const page = parsePage(searchParams);
  if (page === null) return uncachedPage(errorPage(400));
  const q = parseQuery(searchParams);
  return servePage(request, `search:${page}:${q}`, () => buildSearchPage(q, page), "search");
}
