import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { databaseUrl } from "@/lib/db/url";
import { publishDueStories } from "@/lib/stories/scheduler";
import { postgresOnly } from "../helpers/database-kind";
import { createStory, createUser, paragraphDoc } from "../helpers/factories";

// The scheduler runs in every app instance. A story another instance is publishing right now is
// skipped, not waited for and done again; with several running at once it is published once.

async function dueStory() {
  const editor = await createUser({ role: "EDITOR" });
  const tag = await db.tag.create({
    data: { name: `Harbour ${Math.random()}`, slug: `harbour-${Date.now()}-${Math.random()}` },
  });
  const story = await createStory({
    authors: [{ id: editor.id }],
    body: paragraphDoc("The harbour reopened at dawn, the port authority said."),
  });
  await db.storyTag.create({ data: { storyId: story.id, tagId: tag.id, position: 0 } });
  const due = new Date(Date.now() - 1_000);
  await db.story.update({
    where: { id: story.id },
    data: { status: "SCHEDULED", scheduledAt: due },
  });
  return story;
}

const publishAudits = (storyId: string) =>
  db.auditLog.count({ where: { action: "story.publish", entityId: storyId } });

describe.skipIf(postgresOnly("scheduler sessions holding row locks at once"))(
  "scheduler across instances",
  () => {
    it("skips a story another instance holds, instead of waiting for it", async () => {
      const story = await dueStory();
      const { connectionString, schema } = databaseUrl();
      const other = new pg.Client({ connectionString });
      await other.connect();
      try {
        // "Another instance" is in the middle of publishing it: its row lock is held.
        await other.query("BEGIN");
        await other.query(
          `SELECT id FROM "${schema ?? "public"}"."Story" WHERE id = $1 FOR UPDATE`,
          [story.id],
        );
        const started = Date.now();
        const result = await publishDueStories();
        expect(Date.now() - started).toBeLessThan(3_000);
        expect(result.published).not.toContain(story.id);
        await other.query("ROLLBACK");
      } finally {
        await other.end();
      }
      expect((await publishDueStories()).published).toContain(story.id);
      expect(await publishAudits(story.id)).toBe(1);
    });

    it("publishes a due story exactly once with four schedulers running at once", async () => {
      const story = await dueStory();
      const runs = await Promise.all([1, 2, 3, 4].map(() => publishDueStories()));
      expect(runs.flatMap((r) => r.published).filter((id) => id === story.id)).toHaveLength(1);
      expect(await publishAudits(story.id)).toBe(1);
      expect(await db.story.findUniqueOrThrow({ where: { id: story.id } })).toMatchObject({
        status: "PUBLISHED",
        scheduledAt: null,
      });
    });
  },
);
