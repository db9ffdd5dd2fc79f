// The demo's pictures: illustrations drawn with sharp (gradients, shapes and the caption's words),
// no photographs of real people or places and nothing downloaded. Processed once each by the same
// pipeline as an upload, then shared as lead images across the demo stories (the library's reuse).
import { createHash } from "node:crypto";
import sharp from "sharp";
import type { PrismaClient } from "@/lib/db/generated/client";
import { processImage } from "@/lib/media/process";
import { mediaStore } from "@/lib/media/storage";

const PICTURES = [
  { caption: "Container cranes at the harbour, in an illustration.", hues: [205, 28] },
  { caption: "The council chamber, drawn for the demo.", hues: [350, 45] },
  { caption: "Wind turbines on a ridge, in an illustration.", hues: [160, 200] },
  { caption: "A tram line through the city, drawn for the demo.", hues: [260, 320] },
  { caption: "Power lines at dusk, in an illustration.", hues: [20, 280] },
  { caption: "A quiet street market, drawn for the demo.", hues: [90, 40] },
];
const CREDIT = "Newsroom demo illustration";

function illustration(caption: string, [a, b]: number[], i: number): Buffer {
  const shapes = Array.from({ length: 14 }, (_, k) => {
    const x = (k * 137 + i * 61) % 1200;
    const y = 120 + ((k * 89 + i * 43) % 520);
    const r = 30 + ((k * 53) % 110);
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="hsl(${(a + k * 23) % 360},55%,${35 + (k % 5) * 8}%)" fill-opacity="0.6"/>`;
  }).join("");
  const words = caption.replace(/[<&>]/g, "");
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="750"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="hsl(${a},50%,25%)"/><stop offset="1" stop-color="hsl(${b},60%,60%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>${shapes}<rect y="640" width="1200" height="110" fill="#000" fill-opacity="0.45"/><text x="40" y="708" font-family="sans-serif" font-size="38" fill="#fff">${words}</text></svg>`,
  );
}

/** Upload the illustrations and give most published stories one as their lead image. */
export async function seedPictures(
  db: PrismaClient,
  storyIds: readonly string[],
  uploaderId: string | undefined,
): Promise<number> {
  const store = mediaStore();
  const ids: string[] = [];
  for (const [i, p] of PICTURES.entries()) {
    const png = await sharp(illustration(p.caption, p.hues, i))
      .png()
      .toBuffer();
    const processed = await processImage(png, {
      maxPixels: 40_000_000,
      focal: { x: 0.5, y: 0.45 },
      rights: { credit: CREDIT, copyright: "" },
    });
    for (const f of processed.files) await store.putPublic(f.name, f.bytes);
    const digest = createHash("sha256").update(png).digest("hex");
    await store.putOriginal(`${digest}.png`, png);
    const row = await db.media.create({
      data: {
        originalSha256: digest,
        originalMime: "image/png",
        originalName: `demo-illustration-${i + 1}.png`,
        originalBytes: png.length,
        key: processed.key,
        cropKey: processed.cropKey,
        width: processed.width,
        height: processed.height,
        focalY: 0.45,
        alt: p.caption
          .replace(/, (in an illustration|drawn for the demo)\.$/, "")
          .replace(/\.$/, ""),
        caption: p.caption,
        credit: CREDIT,
        uploadedById: uploaderId ?? null,
      },
      select: { id: true },
    });
    ids.push(row.id);
  }
  // Four stories in five get a picture; the fifth shows how a story without one looks.
  let given = 0;
  for (const [n, storyId] of storyIds.entries()) {
    if (n % 5 === 4) continue;
    await db.story.update({ where: { id: storyId }, data: { leadImageId: ids[n % ids.length] } });
    given++;
  }
  return given;
}
