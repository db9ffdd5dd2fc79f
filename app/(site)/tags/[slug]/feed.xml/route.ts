import { errorPage } from "@/lib/reader/error-pages";
import { buildTagFeed } from "@/lib/reader/pages/feeds";
import { parseSlug } from "@/lib/reader/params";
import { servePage, uncachedPage } from "@/lib/reader/respond";

export const dynamic = "force-dynamic";

// RSS 2.0 feed of a tag's latest stories.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug);
  if (!slug) return uncachedPage(errorPage(404));
  return servePage(request, `tag-feed:${slug}`, () => buildTagFeed(slug));
}
