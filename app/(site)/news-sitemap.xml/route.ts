import { buildNewsSitemap } from "@/lib/reader/pages/feeds";
import { servePage } from "@/lib/reader/respond";

export const dynamic = "force-dynamic";

// Google News sitemap: stories published in the last 48 hours.
export async function GET(request: Request) {
  return servePage(request, "news-sitemap", () => buildNewsSitemap());
}
