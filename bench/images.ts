// Processing one upload of a 24-megapixel JPEG (6000 x 4000): time and peak memory.
//   npx tsx bench/images.ts [--runs 3]
// Prints the size of the input, the time of each step, the CPU time it took (above the wall time
// when encodes run side by side, MEDIA_ENCODE_CONCURRENCY), the process's peak resident memory,
// and where the time goes: the decode, then each format's encodes one at a time.
import { performance } from "node:perf_hooks";
import sharp from "sharp";
import { mediaLimits } from "../lib/media/config";
import { inspectUpload } from "../lib/media/inspect";
import { mediaEncodeConcurrency } from "../lib/media/config";
import { decode, pool, processImage, renderBodyFiles, renderCropFiles } from "../lib/media/process";
import { readRights } from "../lib/media/rights";
import { bodyWidths } from "../lib/media/variants";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 3;
const W = 6000;
const H = 4000;

// A picture with detail (gradients, many shapes, a little grain) so the encoders have real work.
async function photoLike(): Promise<Buffer> {
  const shapes = Array.from({ length: 400 }, (_, i) => {
    const x = (i * 7919) % W;
    const y = (i * 104729) % H;
    const r = 20 + ((i * 31) % 240);
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="hsl(${(i * 37) % 360},60%,${30 + (i % 40)}%)" fill-opacity="0.55"/>`;
  }).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="#123"/><stop offset="1" stop-color="#d96"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>${shapes}</svg>`;
  const grain = await sharp({
    create: {
      width: W,
      height: H,
      channels: 3,
      background: "#808080",
      noise: { type: "gaussian", mean: 128, sigma: 12 },
    },
  })
    .png()
    .toBuffer();
  return sharp(Buffer.from(svg))
    .composite([{ input: grain, blend: "soft-light" }])
    .jpeg({ quality: 90 })
    .withExif({ IFD0: { Make: "Bench", Model: "24MP", Artist: "Bench Photographer" } })
    .toBuffer();
}

let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 10);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

const input = await photoLike();
console.log(`input: ${W} x ${H} JPEG, ${mb(input.length)}`);
const baseline = process.memoryUsage().rss;
peak = baseline;
for (let run = 1; run <= runs; run++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await inspectUpload(input, mediaLimits());
  const t1 = performance.now();
  const rights = await readRights(input);
  const t2 = performance.now();
  const out = await processImage(input, {
    maxPixels: mediaLimits().maxPixels,
    focal: { x: 0.5, y: 0.5 },
    rights,
  });
  const t3 = performance.now();
  const cpu = process.cpuUsage(c0);
  const bytes = out.files.reduce((n, f) => n + f.bytes.length, 0);
  console.log(
    `run ${run}: inspect ${(t1 - t0).toFixed(0)} ms, rights ${(t2 - t1).toFixed(0)} ms, process ${(t3 - t2).toFixed(0)} ms (${out.files.length} files, ${mb(bytes)}), total ${((t3 - t0) / 1000).toFixed(2)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s)`,
  );
}
clearInterval(sampler);
console.log(
  `peak RSS ${mb(peak)} (before processing ${mb(baseline)}); max RSS reported by the OS ${mb(process.resourceUsage().maxRSS * 1024)}; libvips threads ${sharp.concurrency()}, ${mediaEncodeConcurrency()} encode(s) at a time`,
);

// Where the time goes, one encode at a time (wall = CPU here): the decode, the whole image at each
// width in the three formats, the crops and thumbnails.
const timed = async <T>(label: string, work: () => Promise<T>) => {
  const t = performance.now();
  const result = await work();
  console.log(`  ${label.padEnd(34)} ${(performance.now() - t).toFixed(0).padStart(6)} ms`);
  return result;
};
console.log("one at a time:");
const bitmap = await timed(`decode ${W} x ${H} to 2400 px`, () =>
  decode(input, mediaLimits().maxPixels),
);
const one = pool(1);
const body = await timed("whole image, 4 widths x 3 formats", () =>
  renderBodyFiles(bitmap, { credit: "", copyright: "" }, one),
);
await timed("3 crops and 4 thumbnails", () =>
  renderCropFiles(bitmap, { x: 0.5, y: 0.5 }, { credit: "", copyright: "" }, one),
);
for (const ext of ["avif", "webp", "jpg"])
  console.log(
    `  ${ext} at ${bodyWidths(bitmap.width).join(", ")} px: ${body.files
      .filter((f) => f.name.endsWith(`.${ext}`))
      .map((f) => `${(f.bytes.length / 1024).toFixed(0)} KB`)
      .join(", ")}`,
  );
