import { errorPage } from "@/lib/reader/error-pages";
import { buildAuthorPage } from "@/lib/reader/pages/lists";
import {
  parseAuthorKey,
  parseListPosition,
  positionKey,
  positionPartition,
} from "@/lib/reader/params";
import { servePage, uncachedPage } from "@/lib/reader/respond";

export const dynamic = "force-dynamic";

// A byline's published stories, by the author's slug or id.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const key = parseAuthorKey((await params).slug);
  if (!key) return uncachedPage(errorPage(404));
  const position = parseListPosition(new URL(request.url).searchParams);
  if (position === null) return uncachedPage(errorPage(400));
  return servePage(
    request,
    `author:${key}:${positionKey(position)}`,
    () => buildAuthorPage(key, position),
    positionPartition(position),
  );
}
