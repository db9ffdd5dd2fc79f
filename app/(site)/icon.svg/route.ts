import { BRAND_CACHE_CONTROL, iconSvg } from "@/lib/reader/brand";

export const dynamic = "force-dynamic";

// The scalable icon, linked from every reader page.
export async function GET() {
  return new Response(iconSvg(), {
    headers: { "Content-Type": "image/svg+xml", "Cache-Control": BRAND_CACHE_CONTROL },
  });
}
