// Fills an empty database with the demo newsroom (scripts/seed-data): staff, tags, ~40 stories with
// their sources, requests for comment, related links and corrections, and a first revision each.
import { randomUUID } from "node:crypto";
import type { JSONContent } from "@tiptap/core";
import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/db/generated/client";
import { inlineMarkupToNodes, type MarkupContext } from "./seed-data/inline-markup";
import { deriveBody } from "@/lib/stories/derive";
import type { SeedBlock, SeedStory } from "./seed-data/types";
import { seedPictures } from "./seed-data/pictures";
import { stories } from "./seed-data/stories";
import { tags } from "./seed-data/tags";
import { users } from "./seed-data/users";

export const DEMO_PASSWORD = "newsroom-demo";
const HOUR = 3_600_000;

function blocksToDocument(blocks: SeedBlock[], ctx: MarkupContext): JSONContent {
  const paragraph = (text: string): JSONContent => ({
    type: "paragraph",
    content: inlineMarkupToNodes(text, ctx),
  });
  return {
    type: "doc",
    content: blocks.map((block): JSONContent => {
      switch (block.type) {
        case "p":
          return paragraph(block.text);
        case "h2":
          return {
            type: "heading",
            attrs: { level: 2 },
            content: inlineMarkupToNodes(block.text, ctx),
          };
        case "quote":
          return { type: "blockquote", content: [paragraph(block.text)] };
        case "ul":
          return {
            type: "bulletList",
            content: block.items.map((item) => ({ type: "listItem", content: [paragraph(item)] })),
          };
      }
    }),
  };
}

export async function databaseIsEmpty(db: PrismaClient): Promise<boolean> {
  return (await db.user.count()) === 0;
}

export async function seedDemo(
  db: PrismaClient,
  now = new Date(),
): Promise<{ users: number; tags: number; stories: number }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userIds = new Map<string, string>();
  for (const { key, active = true, ...user } of users) {
    const row = await db.user.create({
      data: { ...user, active, passwordHash, deactivatedAt: active ? null : now },
    });
    userIds.set(key, row.id);
  }
  const tagIds = new Map<string, string>();
  for (const tag of tags) {
    const row = await db.tag.create({ data: { ...tag, aliases: tag.aliases ?? [] } });
    tagIds.set(tag.slug, row.id);
  }

  const storyIds = new Map<string, string>(stories.map((s) => [s.key, randomUUID()]));
  const editorId = userIds.get("editor") ?? [...userIds.values()][0];
  for (const story of stories)
    await seedStory(db, story, { now, userIds, tagIds, storyIds, editorId });
  // Related links need every story to exist first.
  for (const story of stories) {
    const storyId = storyIds.get(story.key) as string;
    await db.relatedLink.createMany({
      data: story.related.map((r, position) =>
        r.kind === "internal"
          ? { storyId, position, targetStoryId: storyIds.get(r.storyKey) ?? null }
          : {
              storyId,
              position,
              outlet: r.outlet,
              url: r.url,
              headline: r.headline,
              excerpt: r.excerpt,
              publishedAt: new Date(now.getTime() - r.hoursAgo * HOUR),
            },
      ),
    });
  }
  await seedPictures(
    db,
    stories.filter((s) => s.status === "PUBLISHED").map((s) => storyIds.get(s.key) as string),
    userIds.get("reporter") ?? editorId,
  );
  return { users: users.length, tags: tags.length, stories: stories.length };
}

interface SeedContext {
  now: Date;
  userIds: Map<string, string>;
  tagIds: Map<string, string>;
  storyIds: Map<string, string>;
  editorId: string;
}

async function seedStory(db: PrismaClient, story: SeedStory, ctx: SeedContext): Promise<void> {
  const id = ctx.storyIds.get(story.key) as string;
  const at = new Date(ctx.now.getTime() - story.hoursAgo * HOUR);
  const sourceIds = story.sources.map(() => randomUUID());
  const body = blocksToDocument(story.body, {
    tagId: (slug) => ctx.tagIds.get(slug) ?? slug,
    sourceId: (index) => sourceIds[index] ?? "unknown",
  });
  const authorIds = story.authors
    .map((key) => ctx.userIds.get(key))
    .filter((v): v is string => !!v);
  const wasPublished = story.status === "PUBLISHED" || story.status === "UNPUBLISHED";
  const created = story.status === "SCHEDULED" ? new Date(ctx.now.getTime() - 6 * HOUR) : at;
  // Anonymous sources are approved by a desk editor who is not a byline on the story.
  const approver =
    [...ctx.userIds.entries()].find(
      ([key, uid]) =>
        key !== "admin" &&
        !authorIds.includes(uid) &&
        (key === "editor" || key.startsWith("editor")),
    )?.[1] ?? ctx.editorId;

  await db.$transaction(async (tx) => {
    await tx.story.create({
      data: {
        id,
        slug: story.slug,
        headline: story.headline,
        summary: story.summary,
        dateline: story.dateline,
        body,
        ...deriveBody(body),
        status: story.status,
        createdAt: created,
        publishedAt: wasPublished ? at : null,
        firstPublishedAt: wasPublished ? at : null,
        scheduledAt: story.status === "SCHEDULED" ? at : null,
        unpublishedAt: story.status === "UNPUBLISHED" ? new Date(at.getTime() + HOUR) : null,
        createdById: authorIds[0] ?? null,
        updatedById: authorIds[0] ?? null,
        bylines: { create: authorIds.map((userId, position) => ({ userId, position })) },
        tags: {
          create: story.tags.map((slug, position) => ({
            tagId: ctx.tagIds.get(slug) as string,
            position,
          })),
        },
        sources: {
          create: story.sources.map((s, position) => ({
            id: sourceIds[position],
            position,
            anonymous: s.anonymous,
            publicDescription: s.publicDescription,
            headcount: s.headcount,
            basisOfKnowledge: s.basisOfKnowledge,
            anonymityReason: s.anonymityReason,
            privateIdentity: s.privateIdentity,
            privateContact: s.privateContact,
            approvedById: s.anonymous && s.approved ? approver : null,
            approvedAt: s.anonymous && s.approved ? new Date(at.getTime() - HOUR) : null,
          })),
        },
        commentRequests: {
          create: story.commentRequests.map((r, position) => {
            const sentAt = new Date(at.getTime() - r.sentHoursBeforePublish * HOUR);
            return {
              position,
              organisation: r.organisation,
              channel: r.channel,
              sentAt,
              deadline:
                r.deadlineHoursAfterSent === undefined
                  ? null
                  : new Date(sentAt.getTime() + r.deadlineHoursAfterSent * HOUR),
              outcome: r.outcome,
              responseText: r.responseText ?? "",
              respondedAt:
                r.outcome === "RESPONDED" || r.outcome === "DECLINED"
                  ? new Date(sentAt.getTime() + HOUR)
                  : null,
              createdById: authorIds[0] ?? null,
            };
          }),
        },
        corrections: {
          create: (story.corrections ?? []).map((c) => ({
            kind: c.kind,
            text: c.text,
            createdAt: new Date(at.getTime() + c.hoursAfterPublish * HOUR),
            createdById: ctx.editorId,
          })),
        },
      },
    });
    await tx.revision.create({
      data: {
        storyId: id,
        version: 1,
        kind: "CREATE",
        savedById: authorIds[0] ?? null,
        savedAt: created,
        snapshot: {
          headline: story.headline,
          summary: story.summary,
          dateline: story.dateline,
          body,
          tagIds: story.tags.map((slug) => ctx.tagIds.get(slug) as string),
          bylineIds: authorIds,
        },
        note: "Imported with the demo content",
      },
    });
  });
}
