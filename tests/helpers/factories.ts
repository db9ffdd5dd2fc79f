// Small builders for integration tests: rows with sensible defaults, through the app's own client.
import { randomBytes } from "node:crypto";
import type { JSONContent } from "@tiptap/core";
import { db } from "../../lib/db/client";
import type { Role, StoryStatus } from "../../lib/db/generated/enums";
import { deriveBody } from "../../lib/stories/derive";
import { paragraphDoc } from "./documents";

const unique = () => randomBytes(4).toString("hex");

export async function createUser(
  overrides: { role?: Role; active?: boolean; name?: string; email?: string } = {},
) {
  const id = unique();
  return db.user.create({
    data: {
      email: overrides.email ?? `user-${id}@newsroom.test`,
      name: overrides.name ?? `Staff ${id}`,
      slug: `staff-${id}`,
      role: overrides.role ?? "REPORTER",
      active: overrides.active ?? true,
      // argon2 is slow on purpose; tests that sign in with a password hash their own.
      passwordHash:
        "$argon2id$v=19$m=19456,t=2,p=1$dGVzdHNhbHR0ZXN0c2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    },
  });
}

export { paragraphDoc } from "./documents";

export async function createStory(options: {
  authors: { id: string }[];
  status?: StoryStatus;
  headline?: string;
  body?: JSONContent;
  publishedAt?: Date;
  slug?: string;
}) {
  const id = unique();
  const body = options.body ?? paragraphDoc("The council voted on Tuesday to approve the plan.");
  const status = options.status ?? "DRAFT";
  return db.story.create({
    data: {
      slug: options.slug ?? `story-${id}`,
      headline: options.headline ?? `Council approves plan ${id}`,
      body,
      ...deriveBody(body),
      status,
      publishedAt: status === "PUBLISHED" ? (options.publishedAt ?? new Date()) : null,
      bylines: { create: options.authors.map((a, position) => ({ userId: a.id, position })) },
    },
  });
}

/** A new reporter and a draft of theirs. */
export async function reporterWithDraft() {
  const reporter = await createUser({ role: "REPORTER" });
  const story = await createStory({ authors: [reporter] });
  return { reporter, story };
}

/** The story as its editor's form would send it back unchanged: a save's input, to edit and send. */
export async function storyForm(storyId: string) {
  const s = await db.story.findUniqueOrThrow({
    where: { id: storyId },
    include: {
      bylines: { orderBy: { position: "asc" } },
      tags: { orderBy: { position: "asc" } },
    },
  });
  return {
    storyId: s.id,
    baseVersion: s.version,
    headline: s.headline,
    summary: s.summary,
    dateline: s.dateline,
    slug: s.slug,
    body: s.body as JSONContent,
    bylineIds: s.bylines.map((b) => b.userId),
    tagIds: s.tags.map((t) => t.tagId),
  };
}
