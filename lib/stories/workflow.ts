import "server-only";
import { assertCan, type Action } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/log";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { StoryStatus } from "@/lib/db/generated/enums";
import { refreshRelatedLists } from "@/lib/related/stored";
import { loadGateInput } from "./gate-input";
import { evaluatePublishGate } from "./policy";
import { changeOf, loadStoryForWrite, refreshReaders } from "./record";
import { recordWorkflowStep } from "./revision-write";
import { InputError, parseId, parseInput } from "@/lib/shared/errors";
import { scheduleSchema } from "./schema";

// The workflow: DRAFT -> IN_REVIEW (submit) -> PUBLISHED / SCHEDULED (desk) -> UNPUBLISHED (desk),
// and back to DRAFT (desk). Each transition checks permission and the current status in one
// transaction, with the story's row locked: the gate is evaluated on what the status change commits.

/** The columns a transition writes: Prisma's own input type, with the new status required. */
type TransitionUpdate = Prisma.StoryUpdateManyMutationInput & { status: StoryStatus };

interface Transition {
  storyId: string;
  action: Action;
  from: readonly StoryStatus[];
  audit: string;
  gate?: boolean;
  data: (now: Date, firstPublishedAt: Date | null) => TransitionUpdate;
}

async function transition(t: Transition): Promise<{ status: StoryStatus }> {
  const user = await requireUser();
  const now = new Date();
  const result = await db.$transaction(async (tx: Tx) => {
    const { story, record } = await loadStoryForWrite(tx, t.storyId);
    assertCan(user, t.action, record);
    if (!t.from.includes(story.status))
      throw new InputError(
        `This story is ${story.status.toLowerCase().replace("_", " ")}; that step is not available.`,
      );
    if (t.gate) {
      const gate = evaluatePublishGate(await loadGateInput(tx, t.storyId), now);
      if (!gate.canPublish)
        throw new InputError(`Not yet: ${gate.blocking.map((c) => c.message).join("; ")}.`, {
          gate: gate.blocking.map((c) => c.message),
        });
    }
    const data = t.data(now, story.firstPublishedAt);
    // Conditional on the status read above: two clicks or two editors cannot both apply it.
    const updated = await tx.story.updateMany({
      where: { id: t.storyId, status: story.status },
      data,
    });
    if (updated.count === 0)
      throw new InputError("Someone else changed this story's status; reload.");
    // The version this step was taken on keeps its own revision (later autosaves start a new one).
    await recordWorkflowStep(tx, t.storyId, story.version, data.status);
    await recordAudit(tx, {
      actorId: user.id,
      action: t.audit,
      entityType: "story",
      entityId: t.storyId,
      details: { from: story.status, to: data.status },
    });
    // Published: its related list and its neighbours' (leaving publication, triggers took it out).
    await refreshRelatedLists(tx, t.storyId);
    return {
      status: data.status,
      change: changeOf(story),
      wasPublic: story.status === "PUBLISHED",
    };
  });
  // Publishing, or leaving publication: it enters or leaves every list, at every address it had.
  refreshReaders(result.change, ["status"], result.status === "PUBLISHED" || result.wasPublic);
  return { status: result.status };
}

/** Publishing and scheduling start from any state but live. */
const NOT_LIVE: readonly StoryStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED"];

// A reporter hands the story to the desk.
export function submitStory(storyId: string) {
  storyId = parseId(storyId, "story");
  return transition({
    storyId,
    action: "stories.submit",
    from: ["DRAFT", "UNPUBLISHED"],
    audit: "story.submit",
    data: () => ({ status: "IN_REVIEW" }),
  });
}

// The desk publishes now, after the gate passes on the server's own copy of the story.
export function publishStory(storyId: string) {
  storyId = parseId(storyId, "story");
  return transition({
    storyId,
    action: "stories.publish",
    from: NOT_LIVE,
    audit: "story.publish",
    gate: true,
    data: (now, first) => ({
      status: "PUBLISHED",
      publishedAt: now,
      firstPublishedAt: first ?? now,
      scheduledAt: null,
      unpublishedAt: null,
    }),
  });
}

// The desk sets a future time; the scheduler publishes it then.
export async function scheduleStory(input: unknown) {
  const { storyId, scheduledAt } = parseInput(scheduleSchema, input);
  return transition({
    storyId,
    action: "stories.schedule",
    from: NOT_LIVE,
    audit: "story.schedule",
    gate: true,
    data: () => ({ status: "SCHEDULED", scheduledAt }),
  });
}

export function unpublishStory(storyId: string) {
  storyId = parseId(storyId, "story");
  return transition({
    storyId,
    action: "stories.unpublish",
    from: ["PUBLISHED"],
    audit: "story.unpublish",
    data: (now) => ({ status: "UNPUBLISHED", unpublishedAt: now }),
  });
}

// The desk sends a story back to its writer (also cancels a schedule).
export function returnToDraft(storyId: string) {
  storyId = parseId(storyId, "story");
  return transition({
    storyId,
    action: "stories.return",
    from: ["IN_REVIEW", "SCHEDULED", "UNPUBLISHED"],
    audit: "story.return",
    data: () => ({ status: "DRAFT", scheduledAt: null }),
  });
}
