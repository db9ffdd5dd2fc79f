import { errorPage } from "@/lib/reader/error-pages";
import { buildTagPage } from "@/lib/reader/pages/lists";
import { parseSlug } from "@/lib/reader/params";
import { serveListPage, uncachedPage } from "@/lib/reader/respond";

export const dynamic = "force-dynamic";

// A tag's page: its description and stories, newest first, by cursor (?before= / ?after=) or a
// small ?page=N; old slugs redirect.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug);
  if (!slug) return uncachedPage(errorPage(404));
  return serveListPage(request, `tag:${slug}`, (position) => buildTagPage(slug, position));
}
