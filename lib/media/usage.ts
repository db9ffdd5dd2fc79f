import "server-only";
import type { JSONContent } from "@tiptap/core";
import type { Tx } from "@/lib/db/client";
import { bodyImages } from "./gate";

/**
 * Record which library pictures a story's text shows (the library's "where used"), inside the
 * save's own transaction. Ids that are not in the library are ignored.
 */
export async function syncBodyMediaUsage(tx: Tx, storyId: string, body: JSONContent) {
  const wanted = [...new Set(bodyImages(body).map((i) => i.mediaId))].filter(Boolean);
  const known = wanted.length
    ? (await tx.media.findMany({ where: { id: { in: wanted } }, select: { id: true } })).map(
        (m) => m.id,
      )
    : [];
  await tx.mediaUsage.deleteMany({ where: { storyId, mediaId: { notIn: known } } });
  if (known.length)
    await tx.mediaUsage.createMany({
      data: known.map((mediaId) => ({ mediaId, storyId })),
      skipDuplicates: true,
    });
}
