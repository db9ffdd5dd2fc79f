// Which files one image becomes, and their public names. Pure and shared: the processing writes
// exactly these files, and the renderers build srcset from the same rules without asking the disk.
//
//   <key>-<width>.<avif|webp|jpg>    the whole image at a few widths (text and lead image)
//   <cropKey>-<16x9|4x3|1x1>.jpg     1200 px wide crops around the focal point (og:image, JSON-LD)
//   <cropKey>-t<width>.<webp|jpg>    4:3 thumbnails for lists and the related feed
//
// `key` and `cropKey` are hashes of the bytes of the files they name: a change of content (another
// image, another focal point) is a new name, so every file can be cached for ever.

export const BODY_WIDTHS = [480, 800, 1200, 1600] as const;
export const BODY_FORMATS = ["avif", "webp", "jpg"] as const;
export type BodyFormat = (typeof BODY_FORMATS)[number];

export const CROPS = {
  "16x9": { width: 1200, height: 675 },
  "4x3": { width: 1200, height: 900 },
  "1x1": { width: 1200, height: 1200 },
} as const;
export type CropName = keyof typeof CROPS;
export const CROP_NAMES = Object.keys(CROPS) as CropName[];

export const THUMB_WIDTHS = [160, 320] as const;
export const THUMB_FORMATS = ["webp", "jpg"] as const;
export const THUMB_RATIO = 3 / 4;

export const MIME: Record<BodyFormat, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpg: "image/jpeg",
};

/** A public file name: a 20-hex key, then what it is. Anything else is not ours. */
export const PUBLIC_NAME = /^[a-f0-9]{20}-(?:\d{2,4}|16x9|4x3|1x1|t\d{3})\.(?:avif|webp|jpg)$/;
export const KEY = /^[a-f0-9]{20}$/;

export const MEDIA_PATH = "/media";
export const publicPath = (name: string) => `${MEDIA_PATH}/${name}`;

/** The widths the whole image is stored at: the standard ones below its own, then its own (capped). */
export function bodyWidths(width: number): number[] {
  const max = BODY_WIDTHS[BODY_WIDTHS.length - 1];
  const below = BODY_WIDTHS.filter((w) => w < Math.min(width, max));
  return [...below, Math.min(width, max)];
}

export const heightAt = (w: number, width: number, height: number) =>
  Math.max(1, Math.round((w * height) / width));

export const bodyFile = (key: string, w: number, format: BodyFormat) => `${key}-${w}.${format}`;
export const cropFile = (cropKey: string, crop: CropName) => `${cropKey}-${crop}.jpg`;
export const thumbFile = (cropKey: string, w: number, format: "webp" | "jpg") =>
  `${cropKey}-t${w}.${format}`;

export interface Region {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The largest region of the given aspect ratio (width / height) inside a W x H image, centred on
 * the focal point (0..1 from the left and top) as far as the edges allow.
 */
export function focalRegion(
  width: number,
  height: number,
  ratio: number,
  focalX: number,
  focalY: number,
): Region {
  const fx = Math.min(1, Math.max(0, focalX));
  const fy = Math.min(1, Math.max(0, focalY));
  if (width / height > ratio) {
    const w = Math.max(1, Math.min(width, Math.round(height * ratio)));
    const left = Math.min(width - w, Math.max(0, Math.round(fx * width - w / 2)));
    return { left, top: 0, width: w, height };
  }
  const h = Math.max(1, Math.min(height, Math.round(width / ratio)));
  const top = Math.min(height - h, Math.max(0, Math.round(fy * height - h / 2)));
  return { left: 0, top, width, height: h };
}
