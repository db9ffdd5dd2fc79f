import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { CommentOutcome, StoryStatus } from "@/lib/db/generated/enums";
import { loadGateInput } from "@/lib/stories/gate-input";
import { evaluatePublishGate } from "@/lib/stories/policy";
import { DEMO_PASSWORD, databaseIsEmpty, seedDemo } from "../../scripts/seed-demo";

// The demo seed against a real, freshly migrated PostgreSQL schema.
describe("demo seed", () => {
  let counts: Awaited<ReturnType<typeof seedDemo>>;
  beforeAll(async () => {
    expect(await databaseIsEmpty(db)).toBe(true);
    counts = await seedDemo(db);
  }, 120_000);

  it("creates the three demo accounts with the demo password", async () => {
    for (const [email, role] of [
      ["admin@newsroom.test", "ADMIN"],
      ["editor@newsroom.test", "EDITOR"],
      ["reporter@newsroom.test", "REPORTER"],
    ] as const) {
      const user = await db.user.findUniqueOrThrow({ where: { email } });
      expect(user.role).toBe(role);
      expect(user.active).toBe(true);
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
    expect(await databaseIsEmpty(db)).toBe(false);
  });

  it("fills about 40 stories over about 30 tags, in every status", async () => {
    expect(counts.stories).toBeGreaterThanOrEqual(40);
    expect(await db.tag.count()).toBeGreaterThanOrEqual(30);
    const byStatus = await db.story.groupBy({ by: ["status"], _count: true });
    expect(byStatus.map((s) => s.status).sort()).toEqual(Object.values(StoryStatus).sort());
  });

  it("stores derived text, HTML and word counts, and the search trigger indexes them", async () => {
    const story = await db.story.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      orderBy: { wordCount: "desc" },
    });
    expect(story.wordCount).toBeGreaterThan(250);
    expect(story.bodyHtml).toMatch(/^<p>/);
    expect(story.bodyHtml).not.toContain("data-source-id");
    const word =
      story.headline
        .split(/\s+/)
        .find((w) => w.length > 6)
        ?.replace(/[^\p{L}]/gu, "") ?? story.headline;
    // Schema-qualified: the embedded database ignores a connection's startup search_path.
    const hits = await db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id FROM "${process.env.TEST_SCHEMA}"."Story" WHERE "searchVector" @@ plainto_tsquery('english', $1)`,
      word,
    );
    expect(hits.map((h) => h.id)).toContain(story.id);
  });

  it("every published anonymous source has a reason and an approving editor who is not a byline", async () => {
    const sources = await db.source.findMany({
      where: { anonymous: true, story: { status: "PUBLISHED" } },
      select: {
        anonymityReason: true,
        approvedById: true,
        approvedAt: true,
        story: { select: { bylines: { select: { userId: true } } } },
      },
    });
    expect(sources.length).toBeGreaterThan(3);
    for (const s of sources) {
      expect(s.anonymityReason).not.toBe("");
      expect(s.approvedById).not.toBeNull();
      expect(s.approvedAt).not.toBeNull();
      expect(s.story.bylines.map((b) => b.userId)).not.toContain(s.approvedById);
    }
  });

  it("has requests for comment in every outcome and related links of both kinds", async () => {
    const outcomes = await db.commentRequest.groupBy({ by: ["outcome"], _count: true });
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(Object.values(CommentOutcome).sort());
    expect(await db.relatedLink.count({ where: { targetStoryId: { not: null } } })).toBeGreaterThan(
      10,
    );
    expect(
      await db.relatedLink.count({
        where: { targetStoryId: null, url: { startsWith: "https://" } },
      }),
    ).toBeGreaterThan(10);
  });

  it("links inline tag marks to real tags and source marks to the story's own sources", async () => {
    const stories = await db.story.findMany({
      select: { body: true, sources: { select: { id: true } } },
    });
    const tagIds = new Set((await db.tag.findMany({ select: { id: true } })).map((t) => t.id));
    let tagLinks = 0;
    let sourceRefs = 0;
    for (const story of stories) {
      const json = JSON.stringify(story.body);
      for (const m of json.matchAll(/"tagId":"([^"]+)"/g)) {
        tagLinks++;
        expect(tagIds.has(m[1])).toBe(true);
      }
      const own = new Set(story.sources.map((s) => s.id));
      for (const m of json.matchAll(/"sourceId":"([^"]+)"/g)) {
        sourceRefs++;
        expect(own.has(m[1])).toBe(true);
      }
    }
    expect(tagLinks).toBeGreaterThan(20);
    expect(sourceRefs).toBeGreaterThan(20);
  });

  it("every published and scheduled demo story passes the real publish gate", async () => {
    const stories = await db.story.findMany({
      where: { status: { in: ["PUBLISHED", "SCHEDULED"] } },
      select: { id: true, slug: true },
    });
    expect(stories.length).toBeGreaterThan(20);
    const failing: string[] = [];
    for (const story of stories) {
      const gate = evaluatePublishGate(
        await db.$transaction((tx) => loadGateInput(tx, story.id)),
        new Date(),
      );
      for (const check of gate.blocking) failing.push(`${story.slug}: ${check.message}`);
    }
    expect(failing).toEqual([]);
  });
});
