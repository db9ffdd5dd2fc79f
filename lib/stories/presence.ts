import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { loadStoryRecord } from "./record";
import { parseId } from "@/lib/shared/errors";

/** A presence older than this is someone who left without saying so. */
export const PRESENCE_TTL_MS = 60_000;

// Heartbeat from an open editor: "I am here"; returns who else is, with the story's current version
// so an editor can notice a newer save before it collides.
export async function touchPresence(storyId: string) {
  storyId = parseId(storyId, "story");
  const user = await requireUser();
  const now = new Date();
  return db.$transaction(async (tx) => {
    const { story, record } = await loadStoryRecord(tx, storyId);
    assertCan(user, "stories.view", record);
    await tx.storyPresence.upsert({
      where: { storyId_userId: { storyId, userId: user.id } },
      create: { storyId, userId: user.id, lastSeenAt: now },
      update: { lastSeenAt: now },
    });
    const others = await tx.storyPresence.findMany({
      where: {
        storyId,
        userId: { not: user.id },
        lastSeenAt: { gt: new Date(now.getTime() - PRESENCE_TTL_MS) },
      },
      select: { lastSeenAt: true, user: { select: { id: true, name: true } } },
    });
    return {
      version: story.version,
      others: others.map((o) => ({ id: o.user.id, name: o.user.name })),
    };
  });
}

// The editor was closed: drop the presence at once rather than waiting for it to expire.
export async function leavePresence(storyId: string) {
  storyId = parseId(storyId, "story");
  const user = await requireUser();
  await db.storyPresence.deleteMany({ where: { storyId, userId: user.id } });
}
