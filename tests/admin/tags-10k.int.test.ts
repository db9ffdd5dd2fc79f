import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db/client";
import { listDuplicateCandidates, listTagsForAdmin } from "../../lib/tags/queries";
import { tagListQuerySchema } from "../../lib/tags/schema";
import { signInAs } from "../helpers/auth-mock";
import { createUser } from "../helpers/factories";
import { seedTagVocabulary } from "../helpers/tag-vocabulary";

vi.mock("@/lib/auth/auth", () => import("../helpers/auth-mock"));

// The vocabulary at 10,000 tags and 20,000 story tags: the table's one query answers every sort, a
// deep page and a search; duplicates are found (every 1,000th tag is a plural twin: 10 pairs; see
// tests/helpers/tag-vocabulary.ts). Timings are printed by bench/admin-tags.ts, on the same data.
const TAGS = 10_000;
const STORIES = 2_000;

beforeAll(async () => {
  const admin = await createUser({ role: "ADMIN" });
  signInAs(admin);
  await seedTagVocabulary(db, { tags: TAGS, stories: STORIES, tagsPerStory: 10 });
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
