import { escapeMarkup } from "@/lib/shared/escape";
import type { PublicImage } from "./public";
import {
  BODY_FORMATS,
  bodyFile,
  bodyWidths,
  cropFile,
  type CropName,
  heightAt,
  KEY,
  MIME,
  publicPath,
  THUMB_RATIO,
  THUMB_WIDTHS,
  thumbFile,
} from "./variants";

// The reader's markup for a picture, as strings (the story renderer and the reader's pages both use
// it). Every value is escaped here; file names are built only from keys that match KEY.

const esc = escapeMarkup;

/** The column the text sits in is 44rem minus padding; on a phone, the screen minus 2rem. */
export const TEXT_SIZES = "(max-width: 44rem) calc(100vw - 2rem), 42rem";

export const isRenderable = (img: Pick<PublicImage, "key" | "width" | "height">) =>
  KEY.test(img.key) &&
  Number.isInteger(img.width) &&
  Number.isInteger(img.height) &&
  img.width > 0 &&
  img.height > 0;

export function srcset(img: Pick<PublicImage, "key" | "width">, format: string): string {
  return bodyWidths(img.width)
    .map((w) => `${publicPath(bodyFile(img.key, w, format as "jpg"))} ${w}w`)
    .join(", ");
}

/** The src of the JPEG a browser without srcset shows: the 800 px one, or the largest below it. */
export function fallbackSrc(img: Pick<PublicImage, "key" | "width">): string {
  const widths = bodyWidths(img.width);
  const w = [...widths].reverse().find((x) => x <= 800) ?? widths[0];
  return publicPath(bodyFile(img.key, w, "jpg"));
}

export interface PictureOptions {
  /** The lead image: loaded at once with high priority; anything else loads lazily. */
  priority?: boolean;
  sizes?: string;
}

export function pictureHtml(
  img: Pick<PublicImage, "key" | "width" | "height" | "alt">,
  options: PictureOptions = {},
): string {
  const sizes = esc(options.sizes ?? TEXT_SIZES);
  const sources = BODY_FORMATS.filter((f) => f !== "jpg")
    .map((f) => `<source type="${MIME[f]}" srcset="${srcset(img, f)}" sizes="${sizes}">`)
    .join("");
  const loading = options.priority
    ? 'fetchpriority="high" decoding="async"'
    : 'loading="lazy" decoding="async"';
  return `<picture>${sources}<img src="${fallbackSrc(img)}" srcset="${srcset(img, "jpg")}" sizes="${sizes}" width="${img.width}" height="${heightAt(img.width, img.width, img.height)}" alt="${esc(img.alt)}" ${loading}></picture>`;
}

export function creditLine(credit: string): string {
  return credit.trim() ? `<span class="credit">Photo: ${esc(credit.trim())}</span>` : "";
}

/** A picture with its caption and credit; nothing at all for an image that is not ours. */
export function figureHtml(
  img: Pick<PublicImage, "key" | "width" | "height" | "alt" | "caption" | "credit">,
  options: PictureOptions & { className?: string } = {},
): string {
  if (!isRenderable(img)) return "";
  const caption = img.caption.trim();
  const credit = creditLine(img.credit);
  const figcaption =
    caption || credit
      ? `<figcaption>${esc(caption)}${caption && credit ? " " : ""}${credit}</figcaption>`
      : "";
  return `<figure class="${esc(options.className ?? "image")}">${pictureHtml(img, options)}${figcaption}</figure>`;
}

/** <link rel="preload"> for the lead image, matching the AVIF source the browser will pick. */
export function preloadHtml(img: Pick<PublicImage, "key" | "width" | "height">): string {
  if (!isRenderable(img)) return "";
  return `<link rel="preload" as="image" type="image/avif" imagesrcset="${srcset(img, "avif")}" imagesizes="${esc(TEXT_SIZES)}" fetchpriority="high">`;
}

export const cropPath = (cropKey: string, crop: CropName) => publicPath(cropFile(cropKey, crop));

/** A small 4:3 thumbnail (lists, the related feed): decorative beside its headline, so alt="". */
export function thumbHtml(img: Pick<PublicImage, "cropKey">): string {
  if (!KEY.test(img.cropKey)) return "";
  const set = (format: "webp" | "jpg") =>
    THUMB_WIDTHS.map((w) => `${publicPath(thumbFile(img.cropKey, w, format))} ${w}w`).join(", ");
  const [w] = THUMB_WIDTHS;
  return `<picture class="thumb"><source type="image/webp" srcset="${set("webp")}" sizes="80px"><img src="${publicPath(thumbFile(img.cropKey, w, "jpg"))}" srcset="${set("jpg")}" sizes="80px" width="${w}" height="${Math.round(w * THUMB_RATIO)}" alt="" loading="lazy" decoding="async"></picture>`;
}
