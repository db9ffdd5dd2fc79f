import "server-only";
import { requireUser } from "@/lib/auth/session";
import { storyRows } from "@/lib/stories/story-rows";
import { parseId, parseInput } from "@/lib/shared/errors";
import { commentRequestInputSchema } from "./schema";

// Requests for comment of a story: the record the publish gate checks the text's claims against.
// On a live story every change must keep it passing the gate (the request behind a "did not
// respond" cannot be removed), and its page refreshes for the next reader.

const requests = storyRows({
  noun: "request for comment",
  entityType: "comment_request",
  shows: "commentRequests",
  rows: (c) => c.commentRequest,
});

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
  return requests.write(user, {
    storyId,
    verb: "add",
    gate: "adding this request for comment",
    async write(tx) {
      const position = await requests.nextPosition(tx, storyId);
      const row = await tx.commentRequest.create({
        data: { storyId, position, createdById: user.id, ...data },
        select: { id: true },
      });
      return { rowId: row.id, details: { outcome: data.outcome }, value: row };
    },
  });
}

export async function updateCommentRequest(id: string, input: unknown) {
  id = parseId(id, requests.noun);
  const user = await requireUser();
  const data = fields(input);
  await requests.write(user, {
    storyId: await requests.storyOf(id),
    verb: "update",
    gate: "this change to the request for comment",
    async write(tx) {
      await tx.commentRequest.update({ where: { id }, data });
      return { rowId: id, details: { outcome: data.outcome }, value: {} };
    },
  });
  return {};
}

export const removeCommentRequest = (id: string) =>
  requests.remove(id, "removing this request for comment");

export const moveCommentRequest = (input: unknown) => requests.move(input);
