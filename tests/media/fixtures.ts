// Test pictures made on the fly: a camera JPEG with GPS coordinates, a serial number and a credit,
// and a PNG header that claims to be 100 megapixels.
import { deflateSync } from "node:zlib";
import sharp from "sharp";

export const CAMERA = { make: "Canon", model: "EOS R5", serial: "SN-0042-7731" };
export const CREDIT = { credit: "Jane Doe / Agency", copyright: "(c) 2026 Agency" };

/** `seed` moves the sun, so that two runs upload two different files. */
export async function cameraJpeg(width = 2400, height = 1600, seed = 0.8): Promise<Buffer> {
  const svg = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g"><stop offset="0" stop-color="#146"/><stop offset="1" stop-color="#c84"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${Math.round(width * seed)}" cy="${height * 0.3}" r="${height / 6}" fill="#fe6"/></svg>`,
  );
  return sharp(svg)
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: {
        Make: CAMERA.make,
        Model: CAMERA.model,
        Artist: CREDIT.credit,
        Copyright: CREDIT.copyright,
      },
      IFD2: { BodySerialNumber: CAMERA.serial },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "51/1 30/1 1234/100",
        GPSLongitudeRef: "W",
        GPSLongitude: "0/1 7/1 3900/100",
      },
    })
    .toBuffer();
}

const crc32 = (buf: Buffer) => {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** A valid PNG header for a width x height image with almost no pixel data: a decompression bomb. */
export function bombPng(width = 10_000, height = 10_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.alloc(1024))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
