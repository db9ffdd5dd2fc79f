import { BRAND_CACHE_CONTROL, logoPng } from "@/lib/reader/brand";

export const dynamic = "force-dynamic";

// The outlet's logo, as the JSON-LD publisher names it.
export async function GET() {
  return new Response(new Uint8Array(await logoPng()), {
    headers: { "Content-Type": "image/png", "Cache-Control": BRAND_CACHE_CONTROL },
  });
}
