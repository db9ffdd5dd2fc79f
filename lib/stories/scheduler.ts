import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { storyChangeTags } from "@/lib/cache/tags";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { StoryStatus } from "@/lib/db/generated/enums";
import { table } from "@/lib/db/sql";
import { refreshRelatedLists } from "@/lib/related/stored";
import { loadGateInput } from "./gate-input";
import { evaluatePublishGate } from "./policy";
import { changeOf, changeSelect } from "./record";
import { recordWorkflowStep } from "./revision-write";
import { repeatInBackground } from "@/lib/shared/background";

// Publishes scheduled stories whose time has come. Every app instance runs this; each due row is
// claimed inside its transaction with SELECT ... FOR UPDATE SKIP LOCKED, so while one instance
// checks the gate and publishes a story, another skips it instead of waiting and doing it again,
// and the update stays conditional (status still SCHEDULED, time passed): published exactly once.
export async function publishDueStories(
  now = new Date(),
): Promise<{ published: string[]; tags: string[] }> {
  const due = await db.story.findMany({
    where: { status: "SCHEDULED", scheduledAt: { lte: now } },
    select: { id: true },
    take: 100,
  });
  const published: string[] = [];
  const tags = new Set<string>();
  for (const { id } of due) {
    const claimed = await db.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM ${table("Story")}
        WHERE id = ${id} AND status = 'SCHEDULED'
        FOR UPDATE SKIP LOCKED`;
      if (locked.length === 0) return null; // another instance has it, or it was changed meanwhile
      const story = await tx.story.findUnique({
        where: { id },
        select: { ...changeSelect, version: true, scheduledAt: true, firstPublishedAt: true },
      });
      if (!story?.scheduledAt) return null;
      const at = story.scheduledAt;
      // The story may have been edited since it was scheduled: the gate is checked again at the hour.
      const gate = evaluatePublishGate(await loadGateInput(tx, id), now);
      if (!gate.canPublish) {
        await leaveSchedule(tx, story, now, {
          data: { status: "IN_REVIEW", scheduledAt: null },
          action: "story.schedule_blocked",
          details: { scheduled: at.toISOString(), blocking: gate.blocking.map((c) => c.message) },
        });
        return null;
      }
      const left = await leaveSchedule(tx, story, now, {
        data: {
          status: "PUBLISHED",
          publishedAt: at,
          firstPublishedAt: story.firstPublishedAt ?? at,
          scheduledAt: null,
          unpublishedAt: null,
        },
        action: "story.publish",
        details: { scheduled: at.toISOString() },
      });
      if (!left) return null;
      await refreshRelatedLists(tx, id);
      return story;
    });
    if (!claimed) continue;
    published.push(id);
    storyChangeTags(changeOf(claimed)).forEach((t) => tags.add(t));
  }
  return { published, tags: [...tags] };
}

/**
 * Takes a story off the schedule, to be published or held for review, if it is still scheduled and
 * due (the update is conditional): its new status, the revision's workflow step, the audit entry.
 * False when it was changed meanwhile, and nothing is written.
 */
async function leaveSchedule(
  tx: Tx,
  story: { id: string; version: number },
  now: Date,
  to: {
    data: Prisma.StoryUpdateManyMutationInput & { status: StoryStatus };
    action: string;
    details: Prisma.InputJsonValue;
  },
): Promise<boolean> {
  const { count } = await tx.story.updateMany({
    where: { id: story.id, status: "SCHEDULED", scheduledAt: { lte: now } },
    data: to.data,
  });
  if (count === 0) return false;
  await recordWorkflowStep(tx, story.id, story.version, to.data.status);
  await recordAudit(tx, {
    actorId: null,
    action: to.action,
    entityType: "story",
    entityId: story.id,
    details: to.details,
  });
  return true;
}

/** Started once per server process by instrumentation.ts; also catches up right after a restart. */
export function startScheduler(invalidate: (tags: string[]) => void, intervalMs = 15_000): void {
  const tick = async () => {
    const { published, tags } = await publishDueStories();
    if (published.length) {
      invalidate(tags);
      console.log(
        `scheduler: published ${published.length} scheduled stor${published.length === 1 ? "y" : "ies"}`,
      );
    }
  };
  const started = repeatInBackground("scheduler", tick, {
    everyMs: intervalMs,
    firstAfterMs: 2_000,
    failed: "scheduler: tick failed",
  });
  if (started)
    console.log(`scheduler: checking for due stories every ${Math.round(intervalMs / 1000)} s`);
}
