import { robotsTxt } from "@/lib/reader/pages/feeds";
import { PUBLIC_CACHE_CONTROL } from "@/lib/reader/respond";

export const dynamic = "force-dynamic";

// robots.txt: everything public may be crawled; the newsroom and search results may not.
export async function GET() {
  return new Response(robotsTxt(), {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
}
