import { exifr } from "./exifr";
import sharp from "sharp";

// Credit and copyright travel with the picture: read from the original's IPTC / XMP / EXIF fields
// and written back into every public file as a small XMP packet, which carries nothing else.

export interface Rights {
  credit: string;
  copyright: string;
}

type Value = string | number | { value?: unknown } | Value[] | null | undefined;

function text(value: Value): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join(", ");
  if (typeof value === "object") return text(value.value as Value);
  return String(value).trim();
}

const first = (...values: Value[]) => values.map(text).find(Boolean) ?? "";

/** The credit and copyright an image file carries, if any. */
export async function readRights(bytes: Buffer): Promise<Rights> {
  const found = await fromTags(bytes);
  return found.credit || found.copyright ? found : fromXmpPacket(bytes);
}

async function fromTags(bytes: Buffer): Promise<Rights> {
  let tags: Record<string, Value> | undefined;
  try {
    tags = await exifr.parse(bytes, {
      tiff: true,
      exif: false,
      gps: false,
      xmp: true,
      iptc: true,
      ifd0: { pick: ["Artist", "Copyright"] },
    });
  } catch {
    return { credit: "", copyright: "" };
  }
  if (!tags) return { credit: "", copyright: "" };
  return {
    credit: first(tags.Credit, tags.Byline, tags.creator, tags.Artist).slice(0, 200),
    copyright: first(tags.CopyrightNotice, tags.rights, tags.Copyright).slice(0, 300),
  };
}

// exifr does not find XMP inside AVIF; libvips does, and exifr reads the packet itself.
async function fromXmpPacket(bytes: Buffer): Promise<Rights> {
  try {
    const { xmp } = await sharp(bytes).metadata();
    if (!xmp) return { credit: "", copyright: "" };
    const parsed = (await exifr.sidecar(xmp, {}, "xmp")) as
      { dc?: Record<string, Value>; photoshop?: Record<string, Value> } | undefined;
    return {
      credit: first(parsed?.photoshop?.Credit, parsed?.dc?.creator).slice(0, 200),
      copyright: first(parsed?.dc?.rights).slice(0, 300),
    };
  } catch {
    return { credit: "", copyright: "" };
  }
}

const xml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** An XMP packet with only the credit (dc:creator, photoshop:Credit) and copyright (dc:rights). */
export function rightsXmp(rights: Rights): string | null {
  const credit = rights.credit.trim();
  const copyright = rights.copyright.trim();
  if (!credit && !copyright) return null;
  return (
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>' +
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">' +
    (credit
      ? `<dc:creator><rdf:Seq><rdf:li>${xml(credit)}</rdf:li></rdf:Seq></dc:creator><photoshop:Credit>${xml(credit)}</photoshop:Credit>`
      : "") +
    (copyright
      ? `<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">${xml(copyright)}</rdf:li></rdf:Alt></dc:rights>`
      : "") +
    '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
  );
}
