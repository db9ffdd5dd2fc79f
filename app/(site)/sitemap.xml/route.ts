import { buildSitemapIndex } from "@/lib/reader/pages/feeds";
import { servePage } from "@/lib/reader/respond";

export const dynamic = "force-dynamic";

// sitemaps.org sitemap index: points at the paged sitemaps under /sitemaps/.
export async function GET(request: Request) {
  return servePage(request, "sitemap", () => buildSitemapIndex());
}
