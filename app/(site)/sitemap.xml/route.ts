import { buildSitemap } from "@/lib/reader/pages/feeds";
import { servePage } from "@/lib/reader/respond";

export const dynamic = "force-dynamic";

// sitemaps.org sitemap of published stories and tag pages.
export async function GET(request: Request) {
  return servePage(request, "sitemap", () => buildSitemap());
}
