import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, describe, expect, it, vi } from "vitest";

// The outlet's logo and favicon: generated from the brand colour by default, or the newsroom's files.

function icoImages(ico: Buffer): { size: number; png: Buffer }[] {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + 16 * i;
    const length = ico.readUInt32LE(entry + 8);
    const offset = ico.readUInt32LE(entry + 12);
    return { size: ico.readUInt8(entry), png: ico.subarray(offset, offset + length) };
  });
}

async function routes() {
  vi.resetModules();
  return {
    favicon: (await import("@/app/(site)/favicon.ico/route")).GET,
    logo: (await import("@/app/(site)/logo.png/route")).GET,
    icon: (await import("@/app/(site)/icon.svg/route")).GET,
  };
}

afterEach(() => vi.unstubAllEnvs());

describe("brand marks", () => {
  it("generates a favicon.ico of 16, 32 and 48 px PNGs in the brand colour", async () => {
    vi.stubEnv("SITE_BRAND_COLOR", "#aa2200");
    const res = await (await routes()).favicon();
    expect(res.headers.get("content-type")).toBe("image/x-icon");
    expect(res.headers.get("cache-control")).toContain("max-age=");
    const images = icoImages(Buffer.from(await res.arrayBuffer()));
    expect(images.map((i) => i.size)).toEqual([16, 32, 48]);
    for (const { size, png } of images) {
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["png", size, size]);
    }
    // A corner pixel of the 48 px icon is inside the rounded square's fill, away from its edge.
    const { data } = await sharp(images[2].png).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) =>
      Array.from(data.subarray((y * 48 + x) * 4, (y * 48 + x) * 4 + 3));
    expect(at(6, 44)).toEqual([0xaa, 0x22, 0x00]);
  });

  it("generates a 512 px logo and an SVG icon", async () => {
    const r = await routes();
    const logo = Buffer.from(await (await r.logo()).arrayBuffer());
    const meta = await sharp(logo).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 512, 512]);
    const svg = await (await r.icon()).text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('fill="#1a3d6d"');
  });

  it("serves the newsroom's own files when they are configured", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "brand-"));
    const ownLogo = path.join(dir, "logo.png");
    await sharp({ create: { width: 300, height: 100, channels: 3, background: "#00ff00" } })
      .png()
      .toFile(ownLogo);
    const ownIcon = path.join(dir, "favicon.ico");
    writeFileSync(ownIcon, Buffer.from([0, 0, 1, 0, 0, 0]));
    vi.stubEnv("SITE_LOGO_FILE", ownLogo);
    vi.stubEnv("SITE_FAVICON_FILE", ownIcon);
    const r = await routes();
    const logo = Buffer.from(await (await r.logo()).arrayBuffer());
    const meta = await sharp(logo).metadata();
    expect([meta.width, meta.height]).toEqual([512, 512]);
    const { data } = await sharp(logo).raw().toBuffer({ resolveWithObject: true });
    expect(Array.from(data.subarray((256 * 512 + 256) * 3, (256 * 512 + 256) * 3 + 3))).toEqual([
      0, 255, 0,
    ]);
    expect(Buffer.from(await (await r.favicon()).arrayBuffer())).toEqual(
      Buffer.from([0, 0, 1, 0, 0, 0]),
    );
  });

  it("refuses a brand colour that is not a hex colour, naming the setting", async () => {
    vi.stubEnv("SITE_BRAND_COLOR", "red; background:url(x)");
    await expect((await routes()).logo()).rejects.toThrow(/SITE_BRAND_COLOR/);
  });
});
