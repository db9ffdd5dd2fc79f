import { fileTypeFromBuffer } from "file-type";
import sharp, { type Metadata } from "sharp";
import type { MediaLimits } from "./config";
import { MediaInputError } from "./errors";

// What an upload really is, decided from its bytes (never its name or the browser's type), and
// refused before any decoding if it is too large in bytes or in pixels (decompression bombs).

const ACCEPTED = new Map([
  ["image/jpeg", "jpg"],
  ["image/png", "png"],
  ["image/webp", "webp"],
  ["image/avif", "avif"],
]);

export interface InspectedImage {
  mime: string;
  ext: string;
  /** Display size, after the EXIF orientation is applied. */
  width: number;
  height: number;
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const mp = (pixels: number) => `${Math.round(pixels / 1_000_000)} megapixels`;

function looksLikeSvg(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 2048).toString("utf8").trimStart().toLowerCase();
  return head.includes("<svg") || (head.startsWith("<?xml") && head.includes("svg"));
}

export async function inspectUpload(bytes: Buffer, limits: MediaLimits): Promise<InspectedImage> {
  if (bytes.length === 0) throw new MediaInputError("The file is empty.");
  if (bytes.length > limits.maxBytes)
    throw new MediaInputError(
      `The file is ${mb(bytes.length)}; the limit is ${mb(limits.maxBytes)}. Export a smaller JPEG.`,
    );
  if (looksLikeSvg(bytes))
    throw new MediaInputError(
      "SVG images are not accepted (they can carry scripts); export the picture as PNG or JPEG.",
    );
  const type = await fileTypeFromBuffer(bytes);
  const ext = type && ACCEPTED.get(type.mime);
  if (!type || !ext)
    throw new MediaInputError(
      `This file is not a JPEG, PNG, WebP or AVIF image${type ? ` (it is ${type.mime})` : ""}, whatever its name says.`,
    );
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new MediaInputError("The image cannot be read: it is damaged or incomplete.");
  }
  if (!meta.width || !meta.height)
    throw new MediaInputError("The image cannot be read: it has no size.");
  const pixels = meta.width * meta.height;
  if (pixels > limits.maxPixels)
    throw new MediaInputError(
      `The image is ${meta.width} x ${meta.height} pixels (${mp(pixels)}); the limit is ${mp(limits.maxPixels)}. Resize it first.`,
    );
  const rotated = (meta.orientation ?? 1) >= 5;
  return {
    mime: type.mime,
    ext,
    width: rotated ? meta.height : meta.width,
    height: rotated ? meta.width : meta.height,
  };
}
