import { createHash } from "node:crypto";
import sharp, { type Sharp } from "sharp";
import { mediaEncodeConcurrency } from "./config";
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
//
// The encodes (19 files) go through one pool of `mediaEncodeConcurrency()` at a time, the slowest
// first (AVIF of the largest width): libvips runs each on one thread here (sharp's default on glibc),
// so on two cores two at a time roughly halves the wait, and the bound keeps the memory of an
// upload (one bitmap per width plus one encoder per slot) and the cores left for readers in check.

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

/**
 * Encoder effort (sharp's scale: AVIF 0-9, WebP 0-6). The 1600 px file of bench/images.ts's
 * picture, CPU time / size / PSNR: AVIF q55 effort 4 3.2 s / 62 KB / 39.8 dB, effort 2
 * 0.39 s / 69 KB / 39.1 dB, effort 1 0.16 s / 86 KB / 37.9 dB, effort 0 0.09 s / 96 KB / 37.6 dB;
 * WebP q76 effort 4 0.12 s / 62 KB / 36.0 dB. Effort 2 is the knee: below it AVIF is larger than
 * the WebP beside it and no better, so there would be no point in sending it.
 */
const AVIF_EFFORT = 2;
const WEBP_EFFORT = 4;

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
  if (format === "avif") return withXmp.avif({ quality: 55, effort: AVIF_EFFORT }).toBuffer();
  if (format === "webp") return withXmp.webp({ quality: 76, effort: WEBP_EFFORT }).toBuffer();
  return withXmp.jpeg({ quality: 80, progressive: true, mozjpeg: true }).toBuffer();
}

/** Runs tasks at most `size` at a time, in the order they are submitted. */
export type Pool = <T>(task: () => Promise<T>) => Promise<T>;

export function pool(size: number): Pool {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= size) await new Promise<void>((go) => waiting.push(go));
    else running++;
    try {
      return await task();
    } finally {
      // The slot passes straight to the next task waiting, if any.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

const newPool = () => pool(mediaEncodeConcurrency());

/** The whole image at each stored width, in AVIF, WebP and JPEG. */
export async function renderBodyFiles(bitmap: Bitmap, rights: Rights, run: Pool = newPool()) {
  const xmp = rightsXmp(rights);
  const widths = bodyWidths(bitmap.width);
  // Each width is resized once, when its first encode starts, and shared by its three formats.
  const sized = new Map<number, Promise<Bitmap>>();
  const sizedAt = (w: number) => {
    if (!sized.has(w))
      sized.set(
        w,
        fromBitmap(bitmap)
          .resize(w, heightAt(w, bitmap.width, bitmap.height))
          .raw()
          .toBuffer({ resolveWithObject: true })
          .then(({ data, info }) => ({
            data,
            width: info.width,
            height: info.height,
            channels: info.channels,
          })),
      );
    return sized.get(w) as Promise<Bitmap>;
  };
  const jobs = widths.flatMap((w) =>
    (["avif", "webp", "jpg"] as const).map((format) => ({ w, format })),
  );
  // The slowest first (AVIF, then the widest), so that no long encode starts last.
  const order = [...jobs].sort(
    (a, b) => Number(b.format === "avif") - Number(a.format === "avif") || b.w - a.w,
  );
  const done = new Map<string, Buffer>();
  await Promise.all(
    order.map((j) =>
      run(async () => {
        done.set(`${j.w}.${j.format}`, await encode(fromBitmap(await sizedAt(j.w)), j.format, xmp));
      }),
    ),
  );
  const encoded = jobs.map((j) => ({ ...j, bytes: done.get(`${j.w}.${j.format}`) as Buffer }));
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
  run: Pool = newPool(),
) {
  const xmp = rightsXmp(rights);
  const cut = (ratio: number) =>
    fromBitmap(bitmap).extract(focalRegion(bitmap.width, bitmap.height, ratio, focal.x, focal.y));
  const crops = await Promise.all(
    CROP_NAMES.map((name) => {
      const { width, height } = CROPS[name];
      return run(async () => ({
        name,
        bytes: await encode(cut(width / height).resize(width, height), "jpg", xmp),
      }));
    }),
  );
  const thumbs = await Promise.all(
    THUMB_WIDTHS.flatMap((w) =>
      (["webp", "jpg"] as const).map((format) =>
        run(async () => ({
          w,
          format,
          bytes: await encode(
            cut(1 / THUMB_RATIO).resize(w, Math.round(w * THUMB_RATIO)),
            format,
            xmp,
          ),
        })),
      ),
    ),
  );
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
  // One pool for both: the crops fill the slots the body's last encodes leave free.
  const run = newPool();
  const [body, crops] = await Promise.all([
    renderBodyFiles(bitmap, options.rights, run),
    renderCropFiles(bitmap, options.focal, options.rights, run),
  ]);
  const largest = bodyWidths(bitmap.width).at(-1) as number;
  return {
    key: body.key,
    cropKey: crops.cropKey,
    width: largest,
    height: heightAt(largest, bitmap.width, bitmap.height),
    files: [...body.files, ...crops.files],
  };
}
