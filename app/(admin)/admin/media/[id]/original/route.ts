import { getOriginal } from "@/lib/media/queries";

// The original as uploaded, metadata and all: staff only, never cached, never on a public path.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const original = await getOriginal(id).catch(() => undefined);
  if (original === undefined) return new Response("Sign in first.", { status: 401 });
  if (!original) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(original.bytes), {
    headers: {
      "content-type": original.mime,
      "content-disposition": `attachment; filename="${original.name.replace(/[^\w.-]+/g, "_") || "original"}"`,
      "cache-control": "private, no-store",
    },
  });
}
