import "server-only";
import { readFile } from "node:fs/promises";
import sharp from "sharp";
import { z } from "zod";

// The outlet's marks: a logo (JSON-LD publisher, 512 px square PNG) and a favicon. SITE_LOGO_FILE and
// SITE_FAVICON_FILE point at the newsroom's own files; without them a mark is generated from the
// brand colour, drawn with shapes only, so it renders the same on a machine without fonts.

const settingsSchema = z.object({
  SITE_BRAND_COLOR: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "SITE_BRAND_COLOR must be a colour like #1a3d6d")
    .default("#1a3d6d"),
  SITE_LOGO_FILE: z.string().trim().min(1).optional(),
  SITE_FAVICON_FILE: z.string().trim().min(1).optional(),
});

export const LOGO_SIZE = 512;
export const LOGO_PATH = "/logo.png";
/** A day: the marks change rarely, and a changed file shows within a day without a purge. */
export const BRAND_CACHE_CONTROL = "public, max-age=86400";

function settings() {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([, v]) => v !== undefined && v.trim() !== ""),
  );
  return settingsSchema.parse(env);
}

/** A folded newspaper: a page in the brand colour with a masthead bar and four lines of text. */
export function generatedMarkSvg(colour: string): string {
  const lines = [0, 1, 2, 3]
    .map((i) => `<rect x="14" y="${29 + i * 7}" width="${i === 3 ? 22 : 36}" height="3" rx="1.5"/>`)
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">` +
    `<rect width="64" height="64" rx="12" fill="${colour}"/>` +
    `<g fill="#fff"><rect x="14" y="13" width="36" height="9" rx="2"/>${lines}</g></svg>`
  );
}

let logo: Promise<Buffer> | undefined;
let favicon: Promise<Buffer> | undefined;
let icon: string | undefined;

async function renderPng(svg: string, size: number): Promise<Buffer> {
  return sharp(Buffer.from(svg)).resize(size, size).png().toBuffer();
}

/** The SVG icon for browsers that take one. */
export function iconSvg(): string {
  icon ??= generatedMarkSvg(settings().SITE_BRAND_COLOR);
  return icon;
}

/** The logo as a 512 px square PNG: the newsroom's file, fitted, or the generated mark. */
export function logoPng(): Promise<Buffer> {
  logo ??= (async () => {
    const { SITE_LOGO_FILE } = settings();
    if (!SITE_LOGO_FILE) return renderPng(iconSvg(), LOGO_SIZE);
    return sharp(await readFile(SITE_LOGO_FILE))
      .resize(LOGO_SIZE, LOGO_SIZE, { fit: "contain", background: "#ffffff" })
      .png()
      .toBuffer();
  })();
  return logo;
}

/** favicon.ico: the newsroom's file as it is, or an ICO holding 16, 32 and 48 px PNGs of the mark. */
export function faviconIco(): Promise<Buffer> {
  favicon ??= (async () => {
    const { SITE_FAVICON_FILE } = settings();
    if (SITE_FAVICON_FILE) return readFile(SITE_FAVICON_FILE);
    const sizes = [16, 32, 48];
    return icoOf(sizes, await Promise.all(sizes.map((s) => renderPng(iconSvg(), s))));
  })();
  return favicon;
}

/** An ICO container of PNG images (the format every browser since Windows Vista's era reads). */
export function icoOf(sizes: number[], pngs: Buffer[]): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach((png, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(sizes[i] >= 256 ? 0 : sizes[i], entry); // width (0 means 256)
    header.writeUInt8(sizes[i] >= 256 ? 0 : sizes[i], entry + 1); // height
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs]);
}
