import "server-only";
import type { Tx } from "@/lib/db/client";
import { rowChange, storyRows } from "@/lib/stories/story-rows";
import { InputError } from "@/lib/shared/errors";
import { relatedExternalSchema, relatedInputSchema } from "./schema";

// Related articles of a story, shown on its public page: a published story's page refreshes.
const links = storyRows({
  noun: "related article",
  entityType: "related_link",
  domain: "related",
  shows: "related",
  rows: (c) => c.relatedLink,
});

export const addRelated = (storyRef: string, input: unknown) =>
  links.add(storyRef, relatedInputSchema, input, ({ storyId, data }) => ({
    async write(tx) {
      if (data.kind === "internal") await assertLinkable(tx, storyId, data.targetStoryId);
      const position = await links.nextPosition(tx, storyId);
      const row = await tx.relatedLink.create({
        data:
          data.kind === "internal"
            ? { storyId, position, targetStoryId: data.targetStoryId }
            : {
                storyId,
                position,
                url: data.url,
                outlet: data.outlet,
                headline: data.headline,
                publishedAt: data.publishedAt ?? null,
                excerpt: data.excerpt,
              },
        select: { id: true },
      });
      return { rowId: row.id, details: { kind: data.kind }, value: { id: row.id } };
    },
  }));

// One of our own stories may be related once, if it is published and is not the story itself.
async function assertLinkable(tx: Tx, storyId: string, targetStoryId: string) {
  if (targetStoryId === storyId)
    throw new InputError("A story cannot be related to itself.", {
      targetStoryId: ["Pick another story."],
    });
  const target = await tx.story.findFirst({
    where: { id: targetStoryId, status: "PUBLISHED" },
    select: { id: true },
  });
  if (!target)
    throw new InputError("Only our published stories can be picked.", {
      targetStoryId: ["That story is not published."],
    });
  const dup = await tx.relatedLink.count({ where: { storyId, targetStoryId } });
  if (dup)
    throw new InputError("That story is already related.", {
      targetStoryId: ["Already in the list."],
    });
}

export const removeRelated = (id: string) => links.remove(id);

export const moveRelated = (input: unknown) => links.move(input);

// Edit an external related article after it was added: its address, outlet, headline, time, excerpt.
export async function updateExternalRelated(ref: string, input: unknown) {
  const external = { ...(input as object), kind: "external" };
  const { id, user, data } = await rowChange(ref, links.noun, relatedExternalSchema, external);
  await links.write(user, {
    storyId: await links.storyOf(id),
    verb: "update",
    async write(tx) {
      const row = await tx.relatedLink.findUniqueOrThrow({
        where: { id },
        select: { targetStoryId: true },
      });
      if (row.targetStoryId)
        throw new InputError("One of our own stories takes its details from the story itself.", {});
      await tx.relatedLink.update({
        where: { id },
        data: {
          url: data.url,
          outlet: data.outlet,
          headline: data.headline,
          publishedAt: data.publishedAt ?? null,
          excerpt: data.excerpt,
        },
      });
      return { rowId: id, value: {} };
    },
  });
  return {};
}
