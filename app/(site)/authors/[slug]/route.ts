import { errorPage } from "@/lib/reader/error-pages";
import { buildAuthorPage } from "@/lib/reader/pages/lists";
import { parseAuthorKey } from "@/lib/reader/params";
import { serveListPage, uncachedPage } from "@/lib/reader/respond";

export const dynamic = "force-dynamic";

// A byline's published stories, by the author's slug or id.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const key = parseAuthorKey((await params).slug);
  if (!key) return uncachedPage(errorPage(404));
  return serveListPage(request, `author:${key}`, (position) => buildAuthorPage(key, position));
}
