import "server-only";
import { requireUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { moveSchema } from "@/lib/sources/schema";
import {
  assertLiveStoryPasses,
  assertStoryAccess,
  moveStoryRow,
  type OrderedRows,
} from "@/lib/stories/child-access";
import { changeOf, refreshReaders } from "@/lib/stories/record";
import { NotFoundError, parseId, parseInput } from "@/lib/shared/errors";
import { commentRequestInputSchema } from "./schema";

// Requests for comment of a story: the record the publish gate checks the text's claims against.
// On a live story every change must keep it passing the gate (the request behind a "did not
// respond" cannot be removed), and its page refreshes for the next reader.

type Story = Parameters<typeof changeOf>[0] & { status: string };
const refresh = (story: Story | null) =>
  story && refreshReaders(changeOf(story), ["commentRequests"], story.status === "PUBLISHED");

function fields(input: unknown) {
  const d = parseInput(commentRequestInputSchema, input);
  return {
    organisation: d.organisation,
    channel: d.channel,
    sentAt: d.sentAt,
    deadline: d.deadline ?? null,
    outcome: d.outcome,
    responseText: d.outcome === "RESPONDED" ? d.responseText : "",
    respondedAt:
      d.outcome === "PENDING" || d.outcome === "NO_RESPONSE" ? null : (d.respondedAt ?? null),
  };
}

export async function addCommentRequest(storyId: string, input: unknown) {
  storyId = parseId(storyId, "story");
  const user = await requireUser();
  const data = fields(input);
  const result = await db.$transaction(async (tx) => {
    const { story } = await assertStoryAccess(tx, user, storyId);
    const last = await tx.commentRequest.aggregate({
      where: { storyId },
      _max: { position: true },
    });
    const row = await tx.commentRequest.create({
      data: { storyId, position: (last._max.position ?? -1) + 1, createdById: user.id, ...data },
      select: { id: true },
    });
    await assertLiveStoryPasses(tx, storyId, story.status, "adding this request for comment");
    await recordAudit(tx, {
      actorId: user.id,
      action: "comment_request.add",
      entityType: "comment_request",
      entityId: row.id,
      details: { storyId, outcome: data.outcome },
    });
    return { row, story };
  });
  refresh(result.story);
  return result.row;
}

async function storyOf(id: string) {
  const row = await db.commentRequest.findUnique({ where: { id }, select: { storyId: true } });
  if (!row) throw new NotFoundError("request for comment");
  return row.storyId;
}

export async function updateCommentRequest(id: string, input: unknown) {
  id = parseId(id, "request for comment");
  const user = await requireUser();
  const data = fields(input);
  const storyId = await storyOf(id);
  const story = await db.$transaction(async (tx) => {
    const { story } = await assertStoryAccess(tx, user, storyId);
    await tx.commentRequest.update({ where: { id }, data });
    await assertLiveStoryPasses(
      tx,
      storyId,
      story.status,
      "this change to the request for comment",
    );
    await recordAudit(tx, {
      actorId: user.id,
      action: "comment_request.update",
      entityType: "comment_request",
      entityId: id,
      details: { storyId, outcome: data.outcome },
    });
    return story;
  });
  refresh(story);
  return {};
}

export async function removeCommentRequest(id: string) {
  id = parseId(id, "request for comment");
  const user = await requireUser();
  const storyId = await storyOf(id);
  const story = await db.$transaction(async (tx) => {
    const { story } = await assertStoryAccess(tx, user, storyId);
    await tx.commentRequest.delete({ where: { id } });
    await assertLiveStoryPasses(tx, storyId, story.status, "removing this request for comment");
    await recordAudit(tx, {
      actorId: user.id,
      action: "comment_request.remove",
      entityType: "comment_request",
      entityId: id,
      details: { storyId },
    });
    return story;
  });
  refresh(story);
  return {};
}

const requestRows: OrderedRows = {
  list: (tx, storyId) =>
    tx.commentRequest.findMany({
      where: { storyId },
      orderBy: { position: "asc" },
      select: { id: true },
    }),
  place: (tx, id, position) => tx.commentRequest.update({ where: { id }, data: { position } }),
};

export async function moveCommentRequest(input: unknown) {
  const user = await requireUser();
  const { id, direction } = parseInput(moveSchema, input);
  const storyId = await storyOf(id);
  const story = await db.$transaction((tx) =>
    moveStoryRow(tx, user, { storyId, id, direction }, requestRows),
  );
  refresh(story);
  return {};
}
