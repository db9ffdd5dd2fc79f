import { buildFrontPage } from "@/lib/reader/pages/lists";
import { servePage } from "@/lib/reader/respond";

export const dynamic = "force-dynamic";

// The front page: the latest stories and the most used tags, from the reader's page cache.
export async function GET(request: Request) {
  return servePage(request, "front", () => buildFrontPage());
}
