import "server-only";
import type { JSONContent } from "@tiptap/core";
import type { Tx } from "@/lib/db/client";
import type { GateInput } from "./policy";
import { lockStory } from "./record";
import { publicSourceSelect } from "@/lib/sources/public";

// What the publish gate reads, loaded from the database (the server's own view, not the browser's).
// The story's row is locked first: whoever evaluates the gate (publish, schedule, the scheduler, a
// live edit) holds the lock until its transaction ends, so nothing the gate read can change before
// the status it guards is written.
export async function loadGateInput(tx: Tx, storyId: string): Promise<GateInput> {
  await lockStory(tx, storyId);
  const story = await tx.story.findUniqueOrThrow({
    where: { id: storyId },
    select: {
      headline: true,
      body: true,
      tags: { orderBy: { position: "asc" }, select: { tagId: true } },
      bylines: { select: { userId: true } },
      leadImage: { select: { alt: true, credit: true } },
      sources: {
        orderBy: { position: "asc" },
        select: { ...publicSourceSelect, approvedAt: true, approvedById: true },
      },
      commentRequests: {
        orderBy: { position: "asc" },
        select: { organisation: true, channel: true, outcome: true, deadline: true },
      },
    },
  });
  return {
    headline: story.headline,
    body: story.body as JSONContent,
    tagIds: story.tags.map((t) => t.tagId),
    bylineIds: story.bylines.map((b) => b.userId),
    sources: story.sources,
    commentRequests: story.commentRequests,
    leadImage: story.leadImage,
  };
}
