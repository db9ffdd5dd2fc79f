import type { JSONContent } from "@tiptap/core";
import type { GateCheck } from "@/lib/stories/policy";

// The publish gate's picture rules (pure): every picture a story shows has alt text and a credit;
// a story without a lead image is allowed, with a warning.

export interface GateImage {
  alt: string;
  credit: string;
}

/** The image nodes of a story's text, in order. */
export function bodyImages(doc: JSONContent): { mediaId: string; alt: string; credit: string }[] {
  const found: { mediaId: string; alt: string; credit: string }[] = [];
  const walk = (node: JSONContent) => {
    if (node.type === "image")
      found.push({
        mediaId: String(node.attrs?.mediaId ?? ""),
        alt: String(node.attrs?.alt ?? ""),
        credit: String(node.attrs?.credit ?? ""),
      });
    node.content?.forEach(walk);
  };
  walk(doc);
  return found;
}

/**
 * `lead` undefined: the caller does not know the lead image (no picture checks for it);
 * null: the story has none.
 */
export function imageChecks(body: JSONContent, lead: GateImage | null | undefined): GateCheck[] {
  const checks: GateCheck[] = [];
  if (lead === null)
    checks.push({
      id: "lead-image",
      level: "warning",
      ok: false,
      message: "No lead image: the story will have no picture on social media and in search",
    });
  else if (lead) {
    checks.push({
      id: "lead-image-alt",
      level: "blocking",
      ok: lead.alt.trim().length > 0,
      message: "The lead image has alt text",
    });
    checks.push({
      id: "lead-image-credit",
      level: "blocking",
      ok: lead.credit.trim().length > 0,
      message: "The lead image has a credit",
    });
  }
  bodyImages(body).forEach((img, i) => {
    checks.push({
      id: `image-alt:${i}`,
      level: "blocking",
      ok: img.alt.trim().length > 0,
      message: `Picture ${i + 1} in the text has alt text`,
    });
    checks.push({
      id: `image-credit:${i}`,
      level: "blocking",
      ok: img.credit.trim().length > 0,
      message: `Picture ${i + 1} in the text has a credit`,
    });
  });
  return checks;
}
