import { buildSiteFeed } from "@/lib/reader/pages/feeds";
import { servePage } from "@/lib/reader/respond";

export const dynamic = "force-dynamic";

// RSS 2.0 feed of the latest stories.
export async function GET(request: Request) {
  return servePage(request, "feed", () => buildSiteFeed());
}
