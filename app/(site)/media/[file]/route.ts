import { mediaStore } from "@/lib/media/storage";
import { MIME, PUBLIC_NAME } from "@/lib/media/variants";

// A public picture file. Names are content hashes, so a file never changes: cached for a year,
// immutable. In production nginx serves these straight from the media directory
// (deploy/nginx/newsroom.conf); this route is for the demo and for a request nginx passes on.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const bytes = PUBLIC_NAME.test(file) ? await mediaStore().readPublic(file) : null;
  if (!bytes)
    return new Response("Not found", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  const ext = file.slice(file.lastIndexOf(".") + 1) as keyof typeof MIME;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": MIME[ext],
      "content-length": String(bytes.length),
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}
