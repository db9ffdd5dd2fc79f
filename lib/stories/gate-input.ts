import "server-only";
import type { JSONContent } from "@tiptap/core";
import type { Tx } from "@/lib/db/client";
import type { GateInput } from "./policy";

// What the publish gate reads, loaded from the database (the server's own view, not the browser's).
export async function loadGateInput(tx: Tx, storyId: string): Promise<GateInput> {
  const story = await tx.story.findUniqueOrThrow({
    where: { id: storyId },
    select: {
      headline: true,
      body: true,
      _count: { select: { tags: true } },
      leadImage: { select: { alt: true, credit: true } },
      sources: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          anonymous: true,
          publicDescription: true,
          headcount: true,
          anonymityReason: true,
          approvedAt: true,
        },
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
    tagCount: story._count.tags,
    sources: story.sources,
    commentRequests: story.commentRequests,
    leadImage: story.leadImage,
  };
}
