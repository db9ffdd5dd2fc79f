import { createHash } from "node:crypto";
import sharp, { type Sharp } from "sharp";
import { MediaInputError } from "./errors";
import { rightsXmp, type Rights } from "./rights";
import {
  bodyFile,
  bodyWidths,
  CROP_NAMES,
  CROPS,
  cropFile,
  focalRegion,
  heightAt,
  THUMB_RATIO,
  THUMB_WIDTHS,
  thumbFile,
} from "./variants";

// Once per upload (and once per change of focal point), never per request: the original is
// decoded once, oriented, and every public file is encoded from that one bitmap. sharp writes no
// metadata unless asked, so EXIF, GPS and camera fields never reach a public file; only the
// credit / copyright XMP packet is added.

export interface ImageFile {
  name: string;
  bytes: Buffer;
}

interface Bitmap {
  data: Buffer;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
}

/** Longest side kept from the original for the public files; larger is never shown. */
const WORKING_SIZE = 2400;

const hashOf = (buffers: readonly Buffer[]) => {
  const hash = createHash("sha256");
  for (const b of buffers) hash.update(b);
  return hash.digest("hex").slice(0, 20);
};

export const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** The oriented, sRGB, opaque working bitmap; a damaged or truncated file is refused here. */
export async function decode(original: Buffer, maxPixels: number): Promise<Bitmap> {
  try {
    const { data, info } = await sharp(original, {
      limitInputPixels: maxPixels,
      failOn: "truncated",
    })
      .rotate()
      .resize(WORKING_SIZE, WORKING_SIZE, { fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .toColourspace("srgb")
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, channels: info.channels };
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    if (/pixel limit/i.test(message))
      throw new MediaInputError("The image has more pixels than the limit; resize it first.");
    throw new MediaInputError("The image cannot be read: it is damaged or incomplete.");
  }
}

const fromBitmap = (b: Bitmap) =>
  sharp(b.data, { raw: { width: b.width, height: b.height, channels: b.channels } });

function encode(image: Sharp, format: "avif" | "webp" | "jpg", xmp: string | null) {
  const withXmp = xmp ? image.withXmp(xmp) : image;
  if (format === "avif") return withXmp.avif({ quality: 55, effort: 2 }).toBuffer();
  if (format === "webp") return withXmp.webp({ quality: 76, effort: 4 }).toBuffer();
  return withXmp.jpeg({ quality: 80, progressive: true, mozjpeg: true }).toBuffer();
}

/** The whole image at each stored width, in AVIF, WebP and JPEG. */
export async function renderBodyFiles(bitmap: Bitmap, rights: Rights) {
  const xmp = rightsXmp(rights);
  const encoded: { w: number; format: "avif" | "webp" | "jpg"; bytes: Buffer }[] = [];
  for (const w of bodyWidths(bitmap.width)) {
    const { data, info } = await fromBitmap(bitmap)
      .resize(w, heightAt(w, bitmap.width, bitmap.height))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const sized = { data, width: info.width, height: info.height, channels: info.channels };
    for (const format of ["avif", "webp", "jpg"] as const)
      encoded.push({ w, format, bytes: await encode(fromBitmap(sized), format, xmp) });
  }
  const key = hashOf(encoded.map((e) => e.bytes));
  return {
    key,
    files: encoded.map((e): ImageFile => ({ name: bodyFile(key, e.w, e.format), bytes: e.bytes })),
  };
}

/** The 16:9, 4:3 and 1:1 crops (1200 px wide) and the 4:3 thumbnails, around the focal point. */
export async function renderCropFiles(
  bitmap: Bitmap,
  focal: { x: number; y: number },
  rights: Rights,
) {
  const xmp = rightsXmp(rights);
  const cut = (ratio: number) =>
    fromBitmap(bitmap).extract(focalRegion(bitmap.width, bitmap.height, ratio, focal.x, focal.y));
  const crops = [];
  for (const name of CROP_NAMES) {
    const { width, height } = CROPS[name];
    crops.push({
      name,
      bytes: await encode(cut(width / height).resize(width, height), "jpg", xmp),
    });
  }
  const thumbs = [];
  for (const w of THUMB_WIDTHS)
    for (const format of ["webp", "jpg"] as const)
      thumbs.push({
        w,
        format,
        bytes: await encode(
          cut(1 / THUMB_RATIO).resize(w, Math.round(w * THUMB_RATIO)),
          format,
          xmp,
        ),
      });
  const cropKey = hashOf([...crops, ...thumbs].map((c) => c.bytes));
  return {
    cropKey,
    files: [
      ...crops.map((c): ImageFile => ({ name: cropFile(cropKey, c.name), bytes: c.bytes })),
      ...thumbs.map((t): ImageFile => ({
        name: thumbFile(cropKey, t.w, t.format),
        bytes: t.bytes,
      })),
    ],
  };
}

export interface ProcessedImage {
  key: string;
  cropKey: string;
  width: number;
  height: number;
  files: ImageFile[];
}

/** Every public file of one image. `width` / `height` are those of the largest stored file. */
export async function processImage(
  original: Buffer,
  options: { maxPixels: number; focal: { x: number; y: number }; rights: Rights },
): Promise<ProcessedImage> {
  const bitmap = await decode(original, options.maxPixels);
  const body = await renderBodyFiles(bitmap, options.rights);
  const crops = await renderCropFiles(bitmap, options.focal, options.rights);
  const largest = bodyWidths(bitmap.width).at(-1) as number;
  return {
    key: body.key,
    cropKey: crops.cropKey,
    width: largest,
    height: heightAt(largest, bitmap.width, bitmap.height),
    files: [...body.files, ...crops.files],
  };
}
