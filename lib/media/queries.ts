import "server-only";
import { requireCan } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { canEditMedia } from "./policy";
import { mediaStore } from "./storage";
import { pictureSelect } from "./public";
import { mediaSearchSchema } from "./schema";
import { parseId, parseInput } from "@/lib/shared/errors";

// Reads of the media library, for staff only: browse and search, one picture with where it is
// used, and a story's lead image for the editor.

export const MEDIA_PAGE_SIZE = 30;

const cardSelect = {
  id: true,
  ...pictureSelect,
  createdAt: true,
  uploadedBy: { select: { name: true } },
  _count: { select: { usages: true, leadOf: true } },
} as const;

export type MediaCard = Prisma.MediaGetPayload<{ select: typeof cardSelect }>;

/** A page of the library, newest first, searched in caption, credit and alt text, by upload date. */
export async function listMedia(input: unknown) {
  await requireCan("admin.access");
  const { q, from, to, page } = parseInput(mediaSearchSchema, input);
  const where: Prisma.MediaWhereInput = {
    ...(q
      ? {
          OR: [
            { caption: { contains: q, mode: "insensitive" } },
            { credit: { contains: q, mode: "insensitive" } },
            { alt: { contains: q, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(from || to
      ? {
          createdAt: {
            ...(from ? { gte: new Date(`${from}T00:00:00Z`) } : {}),
            ...(to ? { lt: new Date(new Date(`${to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  };
  const [items, total] = await Promise.all([
    db.media.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * MEDIA_PAGE_SIZE,
      take: MEDIA_PAGE_SIZE,
      select: cardSelect,
    }),
    db.media.count({ where }),
  ]);
  return { items, total, page, q, from: from ?? "", to: to ?? "" };
}

/** One picture with everything the newsroom knows, and the stories that show it. */
export async function getMediaDetail(id: string) {
  id = parseId(id, "image");
  const user = await requireCan("admin.access");
  const media = await db.media.findUnique({
    where: { id },
    select: {
      ...cardSelect,
      focalX: true,
      focalY: true,
      copyright: true,
      rightsNote: true,
      originalName: true,
      originalMime: true,
      originalBytes: true,
      uploadedById: true,
      leadOf: {
        select: { id: true, headline: true, status: true },
        orderBy: { updatedAt: "desc" },
        take: 100,
      },
      usages: {
        select: { story: { select: { id: true, headline: true, status: true } } },
        take: 100,
      },
    },
  });
  if (!media) return null;
  return { media, canEdit: canEditMedia(user, media) };
}
export type MediaDetail = NonNullable<Awaited<ReturnType<typeof getMediaDetail>>>;

export const editorImageSelect = {
  id: true,
  ...pictureSelect,
  focalX: true,
  focalY: true,
} as const;
export type EditorImage = Prisma.MediaGetPayload<{ select: typeof editorImageSelect }>;

/** The story's lead image as the editor shows it (the story page checks access to the story). */
export async function getLeadImageForEditor(storyId: string): Promise<EditorImage | null> {
  storyId = parseId(storyId, "story");
  await requireCan("admin.access");
  const story = await db.story.findUnique({
    where: { id: storyId },
    select: { leadImage: { select: editorImageSelect } },
  });
  return story?.leadImage ?? null;
}

/** The picker in the editor: the newest pictures matching the words. */
export async function searchMediaForPicker(q: string): Promise<EditorImage[]> {
  await requireCan("admin.access");
  const { q: words } = parseInput(mediaSearchSchema, { q });
  return db.media.findMany({
    where: words
      ? {
          OR: [
            { caption: { contains: words, mode: "insensitive" } },
            { credit: { contains: words, mode: "insensitive" } },
            { alt: { contains: words, mode: "insensitive" } },
          ],
        }
      : {},
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 24,
    select: editorImageSelect,
  });
}

/** The original file as uploaded, metadata and all, for staff; null when gone. */
export async function getOriginal(id: string) {
  id = parseId(id, "image");
  await requireCan("admin.access");
  const media = await db.media.findUnique({
    where: { id },
    select: { originalSha256: true, originalMime: true, originalName: true },
  });
  if (!media) return null;
  const ext = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
    "image/avif": "avif",
  }[media.originalMime];
  const bytes = await mediaStore().readOriginal(`${media.originalSha256}.${ext}`);
  return bytes ? { bytes, mime: media.originalMime, name: media.originalName } : null;
}
