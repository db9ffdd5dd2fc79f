// A large tag vocabulary for the admin's tag table, made in three bulk inserts: shared by
// tests/admin/tags-10k.int.test.ts (which asserts on it) and bench/admin-tags.ts (which times it),
// so that the bench measures what the test checks. No vitest here: the bench runs under tsx.
import type { PrismaClient } from "../../lib/db/generated/client";
import { TagKind } from "../../lib/db/generated/enums";

const tagId = (i: number) => `tag${String(i).padStart(5, "0")}`;

/**
 * `tags` tags named "Topic <n> item", of the four kinds in turn, every 1,000th a plural twin of
 * the one 999 before it (tags / 1,000 duplicate pairs); `stories` stories, every other one
 * published on a day of 2026's first 300; each story tagged `tagsPerStory` times, the tags spread
 * so that uses are uneven, as in a real vocabulary (a tag drawn twice for one story is skipped).
 */
export async function seedTagVocabulary(
  db: PrismaClient,
  { tags, stories, tagsPerStory }: { tags: number; stories: number; tagsPerStory: number },
): Promise<void> {
  const kinds = Object.values(TagKind);
  await db.tag.createMany({
    data: Array.from({ length: tags }, (_, i) => ({
      id: tagId(i),
      name: i % 1000 === 999 ? `Topic ${i - 999} items` : `Topic ${i} item`,
      slug: `topic-${i}`,
      kind: kinds[i % kinds.length],
    })),
  });
  await db.story.createMany({
    data: Array.from({ length: stories }, (_, i) => ({
      id: `st${i}`,
      slug: `st-${i}`,
      headline: `Story ${i}`,
      body: { type: "doc", content: [] },
      status: i % 2 ? "PUBLISHED" : "DRAFT",
      publishedAt: i % 2 ? new Date(Date.UTC(2026, 0, 1 + (i % 300))) : null,
    })),
  });
  await db.storyTag.createMany({
    data: Array.from({ length: stories * tagsPerStory }, (_, k) => {
      const position = Math.floor(k / stories);
      return {
        storyId: `st${k % stories}`,
        tagId: tagId((k * 7919 + position * 131) % tags),
        position,
      };
    }),
    skipDuplicates: true,
  });
}
