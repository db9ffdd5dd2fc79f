import { availableParallelism } from "node:os";
import path from "node:path";

// Where media lives and how big an upload may be. The media directory sits beside the embedded
// database in the data directory, so every instance on one host shares it.

/** NEWSROOM_MEDIA_DIR, else `<NEWSROOM_DATA_DIR>/media`. */
export function mediaDir(): string {
  return path.resolve(
    process.env.NEWSROOM_MEDIA_DIR ?? path.join(process.env.NEWSROOM_DATA_DIR ?? ".data", "media"),
  );
}

export interface MediaLimits {
  /** Largest upload in bytes. */
  maxBytes: number;
  /** Largest image in pixels (width x height): a bigger one is refused before it is decoded. */
  maxPixels: number;
}

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
};

export function mediaLimits(): MediaLimits {
  return {
    maxBytes: positive(process.env.MEDIA_MAX_BYTES, 25 * 1024 * 1024),
    maxPixels: positive(process.env.MEDIA_MAX_PIXELS, 40_000_000),
  };
}

/**
 * How many of an upload's files are encoded at once (MEDIA_ENCODE_CONCURRENCY): by default two,
 * or one on a single core. Each runs on one libvips thread; more at once is faster on more cores
 * and takes more memory (one encoder each).
 */
export function mediaEncodeConcurrency(): number {
  return positive(process.env.MEDIA_ENCODE_CONCURRENCY, Math.min(2, availableParallelism()));
}
