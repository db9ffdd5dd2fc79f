import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { mediaDir } from "./config";
import { PUBLIC_NAME } from "./variants";

// Where image files are kept, behind a small interface. The default is the local disk (public files
// in <media>/public, originals in <media>/originals, never served); an S3-compatible store would
// implement the same five calls (public files as objects with an immutable Cache-Control, originals
// in a private bucket) so that several hosts can share one library.

export interface MediaStore {
  /** Write a public file. Names are content hashes: rewriting one writes the same bytes. */
  putPublic(name: string, bytes: Buffer): Promise<void>;
  /** A public file's bytes, or null. */
  readPublic(name: string): Promise<Buffer | null>;
  removePublic(name: string): Promise<void>;
  /** The newsroom's original, as uploaded (with all its metadata); readers never get it. */
  putOriginal(name: string, bytes: Buffer): Promise<void>;
  readOriginal(name: string): Promise<Buffer | null>;
  removeOriginal(name: string): Promise<void>;
}

const ORIGINAL_NAME = /^[a-f0-9]{64}\.(?:jpg|png|webp|avif)$/;

function checked(name: string, pattern: RegExp): string {
  if (!pattern.test(name)) throw new Error(`Not a media file name: ${name}`);
  return name;
}

async function readOrNull(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

// Written to a temporary name and renamed, so another instance never reads half a file.
async function atomicWrite(dir: string, name: string, bytes: Buffer) {
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${name}.${randomBytes(6).toString("hex")}.tmp`);
  await writeFile(temp, bytes, { mode: 0o644 });
  await rename(temp, path.join(dir, name));
}

export function localMediaStore(root = mediaDir()): MediaStore {
  const publicDir = path.join(root, "public");
  const originalsDir = path.join(root, "originals");
  return {
    putPublic: (name, bytes) => atomicWrite(publicDir, checked(name, PUBLIC_NAME), bytes),
    readPublic: (name) =>
      PUBLIC_NAME.test(name) ? readOrNull(path.join(publicDir, name)) : Promise.resolve(null),
    removePublic: (name) => rm(path.join(publicDir, checked(name, PUBLIC_NAME)), { force: true }),
    putOriginal: async (name, bytes) => {
      await mkdir(originalsDir, { recursive: true, mode: 0o700 });
      await atomicWrite(originalsDir, checked(name, ORIGINAL_NAME), bytes);
    },
    readOriginal: (name) =>
      ORIGINAL_NAME.test(name) ? readOrNull(path.join(originalsDir, name)) : Promise.resolve(null),
    removeOriginal: (name) =>
      rm(path.join(originalsDir, checked(name, ORIGINAL_NAME)), { force: true }),
  };
}

/** The configured store (today: the local disk under NEWSROOM_MEDIA_DIR). */
export function mediaStore(): MediaStore {
  return localMediaStore();
}
