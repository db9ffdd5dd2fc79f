import { buildSitemapPage } from "@/lib/reader/pages/feeds";
import { servePage } from "@/lib/reader/respond";

export const dynamic = "force-dynamic";

// One paged sitemap of the index at /sitemap.xml: a month's stories (or part of it), or tags.
export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }) {
  const name = (await params).name;
  return servePage(request, `sitemap:${name.slice(0, 40)}`, () => buildSitemapPage(name));
}
