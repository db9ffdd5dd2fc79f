import "server-only";
import { rowChange, storyRows } from "@/lib/stories/story-rows";
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

/** A request as it is stored: what came back only where the outcome says something came back. */
const storedRequest = commentRequestInputSchema.transform((d) => ({
  organisation: d.organisation,
  channel: d.channel,
  sentAt: d.sentAt,
  deadline: d.deadline ?? null,
  outcome: d.outcome,
  responseText: d.outcome === "RESPONDED" ? d.responseText : "",
  respondedAt:
    d.outcome === "PENDING" || d.outcome === "NO_RESPONSE" ? null : (d.respondedAt ?? null),
}));

export const addCommentRequest = (storyRef: string, input: unknown) =>
  requests.add(storyRef, storedRequest, input, ({ storyId, user, data }) => ({
    gate: "adding this request for comment",
    async write(tx) {
      const position = await requests.nextPosition(tx, storyId);
      const row = await tx.commentRequest.create({
        data: { storyId, position, createdById: user.id, ...data },
        select: { id: true },
      });
      return { rowId: row.id, details: { outcome: data.outcome }, value: row };
    },
  }));

export async function updateCommentRequest(ref: string, input: unknown) {
  const { id, user, data } = await rowChange(ref, requests.noun, storedRequest, input);
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
