import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { assertCan } from "@/lib/auth/permissions";
import { ForbiddenError, parseInput } from "@/lib/shared/errors";
import { requireCan, requireUser } from "@/lib/auth/session";
import { invalidateTags } from "@/lib/cache/invalidate";
import { storyChangeTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { InputError, NotFoundError } from "@/lib/shared/errors";
import { changeOf, changeSelect, loadStoryRecord } from "@/lib/stories/record";
import { mediaLimits } from "./config";
import { inspectUpload } from "./inspect";
import { canEditMedia } from "./policy";
import { decode, processImage, renderCropFiles, sha256, type ImageFile } from "./process";
import { readRights } from "./rights";
import { focalPointSchema, leadImageSchema, mediaDetailsSchema, mediaUpdateSchema } from "./schema";
import { mediaStore } from "./storage";

// Writes of the media library. An upload is checked from its bytes, processed once (every public
// file written before the row exists), and recorded in one transaction; if anything fails, the
// files it wrote are removed again, so nothing is left half-way.

const EXT: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/avif": "avif",
};
const originalName = (m: { originalSha256: string; originalMime: string }) =>
  `${m.originalSha256}.${EXT[m.originalMime] ?? "jpg"}`;

async function writeAll(files: readonly ImageFile[]) {
  const store = mediaStore();
  for (const f of files) await store.putPublic(f.name, f.bytes);
}

/** Public files of keys no picture uses any more (a failed upload, a replaced crop). */
async function removeUnused(files: readonly ImageFile[]) {
  const store = mediaStore();
  const keys = [...new Set(files.map((f) => f.name.slice(0, 20)))];
  const used = await db.media.findMany({
    where: { OR: [{ key: { in: keys } }, { cropKey: { in: keys } }] },
    select: { key: true, cropKey: true },
  });
  const keep = new Set(used.flatMap((u) => [u.key, u.cropKey]));
  for (const f of files) if (!keep.has(f.name.slice(0, 20))) await store.removePublic(f.name);
}

/** Stories that show the picture as their lead image and are live: their pages must refresh. */
async function invalidateLeadStories(mediaId: string) {
  const stories = await db.story.findMany({
    where: { leadImageId: mediaId, status: "PUBLISHED" },
    select: changeSelect,
  });
  if (stories.length) invalidateTags(stories.flatMap((s) => storyChangeTags(changeOf(s))));
}

export interface UploadInput {
  bytes: Buffer;
  fileName: string;
  details: Record<string, unknown>;
}

// Add a picture to the library; the same file uploaded again is the picture already there.
export async function uploadMedia(input: UploadInput): Promise<{ id: string; existing: boolean }> {
  const user = await requireCan("media.upload");
  const limits = mediaLimits();
  const inspected = await inspectUpload(input.bytes, limits);
  const carried = await readRights(input.bytes);
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  const details = parseInput(mediaDetailsSchema, {
    alt: text(input.details.alt),
    caption: text(input.details.caption),
    credit: text(input.details.credit).trim() || carried.credit,
    copyright: text(input.details.copyright).trim() || carried.copyright,
    rightsNote: text(input.details.rightsNote),
  });
  const digest = sha256(input.bytes);
  const existing = await db.media.findUnique({
    where: { originalSha256: digest },
    select: { id: true },
  });
  if (existing) return { id: existing.id, existing: true };
  const processed = await processImage(input.bytes, {
    maxPixels: limits.maxPixels,
    focal: { x: 0.5, y: 0.5 },
    rights: { credit: details.credit, copyright: details.copyright },
  });
  const store = mediaStore();
  const original = `${digest}.${inspected.ext}`;
  try {
    await writeAll(processed.files);
    await store.putOriginal(original, input.bytes);
    const created = await db.$transaction(async (tx) => {
      const media = await tx.media.create({
        data: {
          ...details,
          originalSha256: digest,
          originalMime: inspected.mime,
          originalName: input.fileName.slice(0, 255),
          originalBytes: input.bytes.length,
          key: processed.key,
          cropKey: processed.cropKey,
          width: processed.width,
          height: processed.height,
          uploadedById: user.id,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "media.upload",
        entityType: "media",
        entityId: media.id,
        details: { width: processed.width, height: processed.height },
      });
      return media;
    });
    return { id: created.id, existing: false };
  } catch (error) {
    await store.removeOriginal(original).catch(() => undefined);
    await removeUnused(processed.files).catch(() => undefined);
    throw error;
  }
}

// What an edit of a picture reads: who uploaded it (for canEditMedia), where its private original
// is, and the credit and rights a new crop carries.
const editableMediaSelect = {
  id: true,
  uploadedById: true,
  originalSha256: true,
  originalMime: true,
  credit: true,
  copyright: true,
  cropKey: true,
} satisfies Prisma.MediaSelect;

async function loadEditable(mediaId: string) {
  const user = await requireUser();
  const media = await db.media.findUnique({
    where: { id: mediaId },
    select: editableMediaSelect,
  });
  if (!media) throw new NotFoundError("picture");
  if (!canEditMedia(user, media)) throw new ForbiddenError("media.upload");
  return { user, media };
}

// Change a picture's alt text, caption, credit or rights. Lead images show the new words at once;
// pictures already placed in a text keep the words they were placed with.
export async function updateMediaDetails(input: unknown): Promise<void> {
  const { mediaId, ...details } = parseInput(mediaUpdateSchema, input);
  const { user } = await loadEditable(mediaId);
  await db.$transaction(async (tx) => {
    await tx.media.update({ where: { id: mediaId }, data: details });
    await recordAudit(tx, {
      actorId: user.id,
      action: "media.update",
      entityType: "media",
      entityId: mediaId,
    });
  });
  await invalidateLeadStories(mediaId);
}

// Move the focal point: the crops are made again from the private original.
export async function setFocalPoint(input: unknown): Promise<{ cropKey: string }> {
  const { mediaId, x, y } = parseInput(focalPointSchema, input);
  const { user, media } = await loadEditable(mediaId);
  const original = await mediaStore().readOriginal(originalName(media));
  if (!original) throw new InputError("The original of this picture is missing from the store.");
  const bitmap = await decode(original, Number.MAX_SAFE_INTEGER);
  const crops = await renderCropFiles(
    bitmap,
    { x, y },
    { credit: media.credit, copyright: media.copyright },
  );
  await writeAll(crops.files);
  await db.$transaction(async (tx) => {
    await tx.media.update({
      where: { id: mediaId },
      data: { focalX: x, focalY: y, cropKey: crops.cropKey },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "media.focal_point",
      entityType: "media",
      entityId: mediaId,
      details: { x, y },
    });
  });
  await invalidateLeadStories(mediaId);
  return { cropKey: crops.cropKey };
}

// Choose (or clear) the story's lead image; anyone who may edit the story may.
export async function setLeadImage(input: unknown): Promise<void> {
  const { storyId, mediaId } = parseInput(leadImageSchema, input);
  const user = await requireUser();
  const result = await db.$transaction(async (tx) => {
    const { story, record } = await loadStoryRecord(tx, storyId);
    assertCan(user, "stories.edit", record);
    if (mediaId && !(await tx.media.count({ where: { id: mediaId } })))
      throw new NotFoundError("picture", "choose another from the library.");
    await tx.story.update({ where: { id: storyId }, data: { leadImageId: mediaId } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "story.lead_image",
      entityType: "story",
      entityId: storyId,
      details: { mediaId },
    });
    return story;
  });
  if (result.status === "PUBLISHED") invalidateTags(storyChangeTags(changeOf(result)));
}
