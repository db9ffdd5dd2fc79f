import { exifr } from "@/lib/media/exifr";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { inspectUpload } from "@/lib/media/inspect";
import {
  decode,
  pool,
  processImage,
  renderBodyFiles,
  renderCropFiles,
  type ProcessedImage,
} from "@/lib/media/process";
import { readRights } from "@/lib/media/rights";
import { bodyWidths, focalRegion, PUBLIC_NAME } from "@/lib/media/variants";
import { bombPng, CAMERA, cameraJpeg, CREDIT } from "./fixtures";

// What a reader can download from one camera photo: the right files, the right sizes, and none of
// the camera's or the place's metadata, while the credit and copyright stay.

const limits = { maxBytes: 25 * 1024 * 1024, maxPixels: 40_000_000 };
let original: Buffer;
let processed: ProcessedImage;

beforeAll(async () => {
  original = await cameraJpeg();
  const rights = await readRights(original);
  processed = await processImage(original, {
    maxPixels: limits.maxPixels,
    focal: { x: 0.8, y: 0.3 },
    rights,
  });
}, 120_000);

describe("processing an upload", () => {
  it("the fixture itself carries GPS, camera and serial (so the test can fail)", async () => {
    expect(await exifr.gps(original)).toMatchObject({ latitude: expect.closeTo(51.5, 1) });
    const tags = await exifr.parse(original, true);
    expect(tags).toMatchObject({ Make: CAMERA.make, Model: CAMERA.model });
    expect(original.includes(Buffer.from(CAMERA.serial))).toBe(true);
  });

  it("reads the credit and copyright the file carries", async () => {
    expect(await readRights(original)).toEqual(CREDIT);
  });

  it("writes AVIF, WebP and JPEG at each width, three crops and four thumbnails", () => {
    const names = processed.files.map((f) => f.name);
    expect(bodyWidths(2400)).toEqual([480, 800, 1200, 1600]);
    for (const w of [480, 800, 1200, 1600])
      for (const ext of ["avif", "webp", "jpg"])
        expect(names).toContain(`${processed.key}-${w}.${ext}`);
    for (const crop of ["16x9", "4x3", "1x1"])
      expect(names).toContain(`${processed.cropKey}-${crop}.jpg`);
    expect(names.filter((n) => n.includes("-t"))).toHaveLength(4);
    expect(names.every((n) => PUBLIC_NAME.test(n))).toBe(true);
    expect(processed).toMatchObject({ width: 1600, height: 1067 });
  });

  it("every public file: no GPS, no camera, no serial; credit and copyright kept", async () => {
    for (const file of processed.files) {
      // libvips reads every format we write: no EXIF block at all, only our XMP packet.
      const meta = await sharp(file.bytes).metadata();
      expect(meta.exif, file.name).toBeUndefined();
      expect(meta.iptc, file.name).toBeUndefined();
      expect(meta.xmp?.toString("utf8"), file.name).not.toMatch(/exif:|tiff:|GPS/);
      // exifr (what a curious reader would run) reads the JPEGs (not WebP or, here, AVIF).
      const tags = !file.name.endsWith(".jpg")
        ? undefined
        : ((await exifr.parse(file.bytes, {
            tiff: true,
            exif: true,
            gps: true,
            xmp: true,
            iptc: true,
          })) as Record<string, unknown> | undefined);
      expect(tags?.latitude, file.name).toBeUndefined();
      expect(tags?.GPSLatitude, file.name).toBeUndefined();
      expect(tags?.Make, file.name).toBeUndefined();
      expect(tags?.Model, file.name).toBeUndefined();
      for (const secret of [CAMERA.serial, CAMERA.model, "GPS"])
        expect(file.bytes.includes(Buffer.from(secret)), `${file.name} has ${secret}`).toBe(false);
      expect(await readRights(file.bytes), file.name).toEqual(CREDIT);
    }
  });

  it("files have the sizes their names say", async () => {
    const file = processed.files.find((f) => f.name.endsWith("-800.webp"));
    const crop = processed.files.find((f) => f.name.endsWith("-16x9.jpg"));
    expect(await sharp(file?.bytes).metadata()).toMatchObject({ width: 800, height: 533 });
    expect(await sharp(crop?.bytes).metadata()).toMatchObject({ width: 1200, height: 675 });
  });

  it("names are hashes of content: another focal point is another crop key, same body key", async () => {
    const bitmap = await decode(original, limits.maxPixels);
    const again = await renderCropFiles(bitmap, { x: 0.8, y: 0.3 }, CREDIT);
    const moved = await renderCropFiles(bitmap, { x: 0.1, y: 0.9 }, CREDIT);
    expect(again.cropKey).toBe(processed.cropKey);
    expect(moved.cropKey).not.toBe(processed.cropKey);
  });
});

describe("encoding side by side", () => {
  it("the same files whatever the number of encodes at a time", async () => {
    const bitmap = await decode(original, limits.maxPixels);
    const [alone, side] = await Promise.all([
      renderBodyFiles(bitmap, CREDIT, pool(1)),
      renderBodyFiles(bitmap, CREDIT, pool(3)),
    ]);
    expect(side.key).toBe(processed.key);
    expect(alone.key).toBe(processed.key);
    expect(side.files.map((f) => f.name)).toEqual(alone.files.map((f) => f.name));
  });

  it("the pool runs at most its size at once, every task, and passes failures on", async () => {
    const run = pool(2);
    let running = 0;
    let most = 0;
    const task = (ms: number, fail = false) =>
      run(async () => {
        most = Math.max(most, ++running);
        await new Promise((r) => setTimeout(r, ms));
        running--;
        if (fail) throw new Error("encoder failed");
        return ms;
      });
    const results = await Promise.allSettled([
      task(30),
      task(10),
      task(20, true),
      task(5),
      task(15),
    ]);
    expect(most).toBe(2);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : r.reason.message))).toEqual([
      30,
      10,
      "encoder failed",
      5,
      15,
    ]);
    // A failure frees its slot: the pool keeps working.
    await expect(task(1)).resolves.toBe(1);
  });
});

describe("the focal point", () => {
  it("keeps the subject inside a crop, as far as the edges allow", () => {
    // A 16:9 crop of a 1000 x 1000 image with the subject near the bottom.
    expect(focalRegion(1000, 1000, 16 / 9, 0.5, 0.9)).toEqual({
      left: 0,
      top: 437,
      width: 1000,
      height: 563,
    });
    // A square crop of a wide image, subject at the right edge: the crop stops at the edge.
    expect(focalRegion(2000, 1000, 1, 0.95, 0.5)).toEqual({
      left: 1000,
      top: 0,
      width: 1000,
      height: 1000,
    });
    expect(focalRegion(2000, 1000, 1, 0.5, 0.5).left).toBe(500);
  });
});

describe("bad uploads are refused with a clear message", () => {
  it("a text file named .jpg", async () => {
    await expect(
      inspectUpload(Buffer.from("hello, this is not a picture"), limits),
    ).rejects.toThrow(/not a JPEG, PNG, WebP or AVIF image/);
  });
  it("a PDF", async () => {
    await expect(inspectUpload(Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj"), limits)).rejects.toThrow(
      /not a JPEG, PNG, WebP or AVIF image \(it is application\/pdf\)/,
    );
  });
  it("SVG", async () => {
    const svg = Buffer.from(
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    await expect(inspectUpload(svg, limits)).rejects.toThrow(/SVG images are not accepted/);
  });
  it("a 100-megapixel image (decompression bomb), before decoding", async () => {
    const bomb = bombPng();
    expect(bomb.length).toBeLessThan(10_000);
    await expect(inspectUpload(bomb, limits)).rejects.toThrow(
      /10000 x 10000 pixels \(100 megapixels\); the limit is 40 megapixels/,
    );
  });
  it("a 50 MB upload", async () => {
    const big = Buffer.concat([original, Buffer.alloc(50 * 1024 * 1024 - original.length)]);
    await expect(inspectUpload(big, limits)).rejects.toThrow(/50 MB; the limit is 25 MB/);
  });
  it("a truncated JPEG: accepted by its header, refused when decoded", async () => {
    const truncated = original.subarray(0, Math.floor(original.length / 2));
    await expect(inspectUpload(truncated, limits)).resolves.toMatchObject({ mime: "image/jpeg" });
    await expect(decode(truncated, limits.maxPixels)).rejects.toThrow(/damaged or incomplete/);
  });
  it("an empty file", async () => {
    await expect(inspectUpload(Buffer.alloc(0), limits)).rejects.toThrow(/empty/);
  });
});
