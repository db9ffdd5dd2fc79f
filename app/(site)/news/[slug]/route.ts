import { errorPage } from "@/lib/reader/error-pages";
import { buildArticlePage } from "@/lib/reader/pages/article";
import { parseSlug } from "@/lib/reader/params";
import { servePage, uncachedPage } from "@/lib/reader/respond";

export const dynamic = "force-dynamic";

// An article, as server-rendered HTML with no framework JavaScript (see lib/reader/html.ts for why).
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug);
  if (!slug) return uncachedPage(errorPage(404));
  return servePage(request, `news:${slug}`, () => buildArticlePage(slug));
}
