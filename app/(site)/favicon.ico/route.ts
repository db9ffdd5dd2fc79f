import { BRAND_CACHE_CONTROL, faviconIco } from "@/lib/reader/brand";

export const dynamic = "force-dynamic";

// The favicon browsers ask for on every site, whatever the page links.
export async function GET() {
  return new Response(new Uint8Array(await faviconIco()), {
    headers: { "Content-Type": "image/x-icon", "Cache-Control": BRAND_CACHE_CONTROL },
  });
}
