import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db/client";
import { listDuplicateCandidates, listTagsForAdmin } from "../../lib/tags/queries";
import { tagListQuerySchema } from "../../lib/tags/schema";
import { signInAs } from "../helpers/auth-mock";
import { createUser } from "../helpers/factories";

vi.mock("@/lib/auth/auth", () => import("../helpers/auth-mock"));

// The vocabulary at 10,000 tags and 20,000 story tags: the table's one query answers every sort, a
// deep page and a search; duplicates are found. Timings are printed by bench/admin-tags.ts instead.
const TAGS = 10_000;
const STORIES = 2_000;

beforeAll(async () => {
  const admin = await createUser({ role: "ADMIN" });
  signInAs(admin);
  const kinds = ["TOPIC", "PERSON", "ORGANISATION", "PLACE"] as const;
  await db.tag.createMany({
    data: Array.from({ length: TAGS }, (_, i) => ({
      id: `tag${String(i).padStart(5, "0")}`,
      // Every 1,000th tag has a plural twin: 10 duplicate pairs.
      name: i % 1000 === 999 ? `Topic ${i - 999} items` : `Topic ${i} item`,
      slug: `topic-${i}`,
      kind: kinds[i % 4],
    })),
  });
  await db.story.createMany({
    data: Array.from({ length: STORIES }, (_, i) => ({
      id: `st${i}`,
      slug: `st-${i}`,
      headline: `Story ${i}`,
      body: { type: "doc", content: [] },
      status: i % 2 ? "PUBLISHED" : "DRAFT",
      publishedAt: i % 2 ? new Date(Date.UTC(2026, 0, 1 + (i % 300))) : null,
    })),
  });
  // Tag n is used by about n / 1000 stories' worth of rows: uses are skewed, like a real vocabulary.
  await db.storyTag.createMany({
    data: Array.from({ length: STORIES * 10 }, (_, k) => ({
      storyId: `st${k % STORIES}`,
      tagId: `tag${String((k * 7919) % TAGS).padStart(5, "0")}`,
      position: Math.floor(k / STORIES),
    })),
    skipDuplicates: true,
  });
}, 180_000);

describe("10,000 tags", () => {
  it("pages, sorts and searches with one query each", async () => {
    const q = (p: Record<string, string>) => listTagsForAdmin(tagListQuerySchema.parse(p));
    const byName = await q({});
    expect(byName.total).toBe(TAGS);
    expect(byName.rows).toHaveLength(50);
    const byUses = await q({ sort: "uses", dir: "desc" });
    const uses = byUses.rows.map((r) => r.published + r.unpublished);
    expect(uses).toEqual([...uses].sort((a, b) => b - a));
    expect(uses[0]).toBeGreaterThan(0);
    const lastPage = await q({ sort: "lastUsed", dir: "desc", page: "200" });
    expect(lastPage.rows).toHaveLength(50);
    expect(lastPage.total).toBe(TAGS);
    const places = await q({ kind: "PLACE", q: "topic 99" });
    expect(places.rows.every((r) => r.kind === "PLACE" && r.name.startsWith("Topic 99"))).toBe(
      true,
    );
    expect(places.total).toBeGreaterThan(0);
  });

  it("finds the duplicate candidates", async () => {
    const groups = await listDuplicateCandidates();
    expect(groups).toHaveLength(10);
    expect(groups.every((g) => g.length === 2)).toBe(true);
  });
});
