import { describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db/client";
import {
  DESK_COUNT_LIMIT,
  DESK_PAGE_SIZE,
  deskFilterOptions,
  listStoriesForDesk,
} from "../../lib/stories/queries";
import { signInAs } from "../helpers/auth-mock";
import { createStory, createUser } from "../helpers/factories";
import type { StoryStatus } from "../../lib/db/generated/enums";

vi.mock("@/lib/auth/auth", () => import("../helpers/auth-mock"));

describe("the desk's story list", () => {
  it("filters by status, author and tag, and searches headlines", async () => {
    const a = await createUser({ role: "REPORTER" });
    const b = await createUser({ role: "REPORTER" });
    const tag = await db.tag.create({ data: { name: "Ferries", slug: "ferries" } });
    const ferry = await createStory({
      authors: [a],
      headline: "Ferry timetable cut for winter",
      status: "PUBLISHED",
    });
    await createStory({ authors: [b], headline: "Council budget approved" });
    await db.storyTag.create({ data: { storyId: ferry.id, tagId: tag.id, position: 0 } });
    signInAs(b);
    const ids = async (filters: Parameters<typeof listStoriesForDesk>[0]) =>
      (await listStoriesForDesk(filters)).stories.map((s) => s.headline);
    expect(await ids({ status: "PUBLISHED" })).toEqual(["Ferry timetable cut for winter"]);
    expect(await ids({ authorId: b.id })).toEqual(["Council budget approved"]);
    expect(await ids({ tagId: tag.id })).toEqual(["Ferry timetable cut for winter"]);
    expect(await ids({ q: "BUDGET" })).toEqual(["Council budget approved"]);
    expect(await ids({ q: "budget", status: "PUBLISHED" })).toEqual([]);
    // The tag filter is typed: its name (any case), its slug or its id; nothing else matches.
    for (const key of ["ferries", "FERRIES", tag.id])
      expect((await deskFilterOptions(key)).tag, key).toEqual({ id: tag.id, name: "Ferries" });
    expect((await deskFilterOptions("ferr")).tag).toBeNull();
    expect((await deskFilterOptions()).authors.map((u) => u.id).sort()).toEqual(
      [a.id, b.id].sort(),
    );
  });

  it("is refused without a session", async () => {
    signInAs(null);
    await expect(listStoriesForDesk()).rejects.toThrow(/sign in/i);
  });

  describe("pages by keyset on (last change, id)", () => {
    /** `n` stories by one author, their last changes on only `times` distinct instants (ties). */
    async function stories(n: number, times: number, label = "Desk story") {
      const author = await createUser({ role: "REPORTER" });
      const base = Date.UTC(2026, 0, 1);
      for (let i = 0; i < n; i++) {
        const s = await createStory({ authors: [author], headline: `${label} ${i}` });
        await db.story.update({
          where: { id: s.id },
          data: { updatedAt: new Date(base + (i % times) * 60_000) },
        });
      }
      signInAs(author);
      const all = await db.story.findMany({
        where: { bylines: { some: { userId: author.id } } },
        select: { id: true, updatedAt: true },
        orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      });
      return { author, expected: all.map((s) => s.id) };
    }

    it("walks every story exactly once, older and back newer, through ties on the sort key", async () => {
      // 2 full pages exactly; 7 instants, so every page boundary falls inside a run of ties.
      const { author, expected } = await stories(DESK_PAGE_SIZE * 2, 7);
      const first = await listStoriesForDesk({ authorId: author.id });
      expect(first.newer).toBeNull();
      expect(first.older).not.toBeNull();
      expect(first.stories.map((s) => s.id)).toEqual(expected.slice(0, DESK_PAGE_SIZE));
      expect(first.total).toBe(DESK_PAGE_SIZE * 2);
      expect(first.totalCapped).toBe(false);
      expect(first.stories[0].bylines).toEqual([{ user: { id: author.id, name: author.name } }]);

      // The last page is exactly full: no "Older" link past it.
      const last = await listStoriesForDesk({ authorId: author.id, before: first.older! });
      expect(last.stories.map((s) => s.id)).toEqual(expected.slice(DESK_PAGE_SIZE));
      expect(last.older).toBeNull();
      expect(last.newer).not.toBeNull();

      // "Newer" from the last page is the first page again, and says it is the first.
      const back = await listStoriesForDesk({ authorId: author.id, after: last.newer! });
      expect(back.stories.map((s) => s.id)).toEqual(expected.slice(0, DESK_PAGE_SIZE));
      expect(back.newer).toBeNull();
      expect(back.older).toBe(first.older);
    });

    it("keeps the filters while paging, and a short last page ends the list", async () => {
      const { author, expected } = await stories(DESK_PAGE_SIZE + 3, 2, "Ferry 100% late_");
      await createStory({ authors: [await createUser()], headline: "Ferry 100% late_ elsewhere" });
      await createStory({ authors: [author], headline: "Ferry 1000 later" });
      // % and _ are the headline's own characters, not wildcards.
      const first = await listStoriesForDesk({ authorId: author.id, q: "ferry 100% LATE_" });
      const rest = await listStoriesForDesk({
        authorId: author.id,
        q: "ferry 100% LATE_",
        before: first.older!,
      });
      expect([...first.stories, ...rest.stories].map((s) => s.id)).toEqual(expected);
      expect(rest.stories).toHaveLength(3);
      expect(rest.older).toBeNull();
      const back = await listStoriesForDesk({
        authorId: author.id,
        q: "ferry 100% LATE_",
        after: rest.newer!,
      });
      expect(back.stories.map((s) => s.id)).toEqual(expected.slice(0, DESK_PAGE_SIZE));
      expect(back.newer).toBeNull();
      // Without the author filter the other reporter's story is on the list too.
      expect((await listStoriesForDesk({ q: "ferry 100% late_" })).total).toBe(DESK_PAGE_SIZE + 4);
    });

    it("an empty list has no links, and a mangled cursor shows the newest page with a notice", async () => {
      const { author, expected } = await stories(3, 3);
      const none = await listStoriesForDesk({ q: "no headline has this" });
      expect(none).toMatchObject({ stories: [], total: 0, newer: null, older: null });
      for (const bad of ["nonsense", "2026-02-31T00:00:00.000Z_abc", "'; DROP TABLE x; --", ""]) {
        const page = await listStoriesForDesk({ authorId: author.id, before: bad });
        expect(page.badCursor, bad).toBe(true);
        expect(page.stories.map((s) => s.id)).toEqual(expected);
      }
      // Both directions at once is not a place either.
      const first = await listStoriesForDesk({ authorId: author.id });
      expect(first.badCursor).toBe(false);
      const cursor = "2026-01-01T00:00:00.000Z_x";
      expect((await listStoriesForDesk({ before: cursor, after: cursor })).badCursor).toBe(true);
    });

    it("counts up to its limit and then says there are more", async () => {
      const author = await createUser({ role: "REPORTER" });
      await db.story.createMany({
        data: Array.from({ length: DESK_COUNT_LIMIT + 1 }, (_, i) => ({
          slug: `bulk-${i}`,
          headline: `Bulk ${i}`,
          body: { type: "doc", content: [] },
        })),
      });
      signInAs(author);
      const page = await listStoriesForDesk({});
      expect(page).toMatchObject({ total: DESK_COUNT_LIMIT, totalCapped: true });
      expect(page.stories).toHaveLength(DESK_PAGE_SIZE);
      // A headline search with more matches than the bound walks the list instead of gathering.
      const all = (
        await db.story.findMany({
          where: { headline: { startsWith: "Bulk " } },
          orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
          select: { id: true },
        })
      ).map((s) => s.id);
      const first = await listStoriesForDesk({ q: "bulk" });
      expect(first).toMatchObject({ total: DESK_COUNT_LIMIT, totalCapped: true });
      const second = await listStoriesForDesk({ q: "bulk", before: first.older! });
      expect([...first.stories, ...second.stories].map((s) => s.id)).toEqual(
        all.slice(0, 2 * DESK_PAGE_SIZE),
      );
    });
  });

  it("a headline search pages every match of a long list, newest first, its count exact up to the bound", async () => {
    // 20,500 stories, newer than any other, one change a second: "harbour" in every 100th, "quay"
    // only in 57 of the oldest, "pier" in about 1,570: over the count's bound, so its pages are walked.
    const total = 20_500;
    await db.$executeRaw`
      INSERT INTO "Story" (id, slug, headline, body, "updatedAt")
      SELECT 'walk-' || i, 'walk-' || i,
        CASE WHEN i % 100 = 0 THEN 'Harbour dues ' || i
             WHEN i < 300 AND i % 5 = 0 THEN 'Quay repairs ' || i
             WHEN i % 13 = 1 THEN 'Pier tolls ' || i
             ELSE 'Walk story ' || i END,
        '{"type":"doc","content":[]}'::jsonb, timestamp '2030-01-01' + i * interval '1 second'
      FROM generate_series(1, ${total}::int) AS i`;
    signInAs(await createUser({ role: "REPORTER" }));
    const expected = async (word: string) =>
      (
        await db.story.findMany({
          where: { headline: { contains: word, mode: "insensitive" } },
          orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
          select: { id: true },
        })
      ).map((s) => s.id);
    for (const [word, n] of [
      ["harbour", total / 100],
      ["quay", 57], // every 5th below 300 but 100 and 200
    ] as const) {
      expect(await listStoriesForDesk({ q: word }), word).toMatchObject({
        total: n,
        totalCapped: false,
      });
      const { seen } = await walk({ q: word });
      expect(seen, word).toEqual(await expected(word));
      expect(seen, word).toHaveLength(n);
    }
    // Over the count's bound: "1,000+", and every one of them on the pages all the same.
    expect(await listStoriesForDesk({ q: "pier" })).toMatchObject({
      total: 1000,
      totalCapped: true,
    });
    const piers = await expected("pier");
    expect(piers.length).toBeGreaterThan(1_500);
    expect((await walk({ q: "pier" })).seen).toEqual(piers);
  });

  it("after ANALYZE, a common word is “1,000+” and its pages hold every substring match", async () => {
    // 12,000 stories newer than any other: "Ferry" opens every 4th headline (3,000), "Ferryman"
    // every 97th of the others (a substring match, another word). After ANALYZE the statistics of
    // the headlines' words put "ferry" in 3,000 stories: over the bound without counting.
    await db.$executeRaw`
      INSERT INTO "Story" (id, slug, headline, body, "updatedAt")
      SELECT 'ferry-' || i, 'ferry-' || i,
        CASE WHEN i % 4 = 0 THEN 'Ferry timetable ' || i
             WHEN i % 97 = 1 THEN 'Ferryman retires ' || i
             ELSE 'Crossing story ' || i END,
        '{"type":"doc","content":[]}'::jsonb, timestamp '2031-01-01' + i * interval '1 second'
      FROM generate_series(1, 12000) AS i`;
    await db.$executeRawUnsafe(`ANALYZE "Story"`);
    signInAs(await createUser({ role: "REPORTER" }));
    expect(await listStoriesForDesk({ q: "Ferry" })).toMatchObject({
      total: DESK_COUNT_LIMIT,
      totalCapped: true,
    });
    const ferries = await expected({ q: "ferry" });
    expect(ferries.length).toBeGreaterThan(3_000);
    expect((await walk({ q: "Ferry" })).seen).toEqual(ferries);
    // A word the statistics hold as rarer, and two words, are counted exactly as before.
    const ferrymen = await expected({ q: "ferryman" });
    expect(await listStoriesForDesk({ q: "ferryman" })).toMatchObject({
      total: ferrymen.length,
      totalCapped: false,
    });
    expect((await walk({ q: "ferryman" })).seen).toEqual(ferrymen);
    expect(await listStoriesForDesk({ q: "ferry timetable 1" })).toMatchObject({
      total: (await expected({ q: "ferry timetable 1" })).length,
      totalCapped: false,
    });
  });

  /** Every page of a filtered list, oldest page last, following the "Older" links. */
  async function walk(filters: Parameters<typeof listStoriesForDesk>[0]) {
    const seen: string[] = [];
    let page = await listStoriesForDesk(filters);
    const total = page.total;
    seen.push(...page.stories.map((s) => s.id));
    while (page.older) {
      page = await listStoriesForDesk({ ...filters, before: page.older });
      seen.push(...page.stories.map((s) => s.id));
    }
    return { seen, total };
  }

  /** What the list must show, asked of Prisma directly. */
  async function expected(filters: {
    authorId?: string;
    tagId?: string;
    status?: StoryStatus;
    q?: string;
  }) {
    const rows = await db.story.findMany({
      where: {
        ...(filters.status ? { status: filters.status } : {}),
        ...(filters.authorId ? { bylines: { some: { userId: filters.authorId } } } : {}),
        ...(filters.tagId ? { tags: { some: { tagId: filters.tagId } } } : {}),
        ...(filters.q ? { headline: { contains: filters.q, mode: "insensitive" as const } } : {}),
      },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  it("combines author, tag, status and headline filters across pages, through ties", async () => {
    const [a, b] = [await createUser({ role: "REPORTER" }), await createUser({ role: "REPORTER" })];
    const [x, y] = [
      await db.tag.create({ data: { name: "Combined X", slug: "combined-x" } }),
      await db.tag.create({ data: { name: "Combined Y", slug: "combined-y" } }),
    ];
    const statuses: StoryStatus[] = ["DRAFT", "IN_REVIEW", "PUBLISHED"];
    const base = Date.UTC(2026, 1, 1);
    for (let i = 0; i < 150; i++) {
      const authors = i % 7 === 0 ? [a, b] : i % 2 ? [a] : [b];
      const s = await createStory({
        authors,
        headline: i % 4 === 0 ? `Harbour ferry ${i}` : `Council item ${i}`,
        status: statuses[i % 3],
      });
      const tags = [...(i % 3 !== 1 ? [x] : []), ...(i % 5 === 0 ? [y] : [])];
      await db.storyTag.createMany({
        data: tags.map((t, position) => ({ storyId: s.id, tagId: t.id, position })),
      });
      // 11 instants for 150 stories: page boundaries fall inside runs of ties.
      await db.story.update({
        where: { id: s.id },
        data: { updatedAt: new Date(base + (i % 11) * 1000) },
      });
    }
    signInAs(a);
    const combos = [
      { authorId: a.id },
      { tagId: x.id },
      { authorId: a.id, status: "PUBLISHED" as const },
      { tagId: x.id, status: "DRAFT" as const },
      { authorId: a.id, tagId: x.id },
      { authorId: b.id, tagId: y.id, status: "PUBLISHED" as const },
      { tagId: x.id, q: "ferry" },
      { authorId: a.id, status: "IN_REVIEW" as const, q: "FERRY" },
      { authorId: a.id, tagId: x.id, q: "ferry" },
    ];
    for (const filters of combos) {
      const want = await expected(filters);
      expect(want.length, JSON.stringify(filters)).toBeGreaterThan(0);
      const { seen, total } = await walk(filters);
      expect(seen, JSON.stringify(filters)).toEqual(want);
      expect(total, JSON.stringify(filters)).toBe(want.length);
    }
  });

  it("keeps an author's and a tag's list right as bylines, tags, status and last change move", async () => {
    const [a, b] = [await createUser({ role: "REPORTER" }), await createUser({ role: "REPORTER" })];
    const tag = await db.tag.create({ data: { name: "Moving", slug: "moving" } });
    const base = Date.UTC(2026, 2, 1);
    const made = [];
    for (let i = 0; i < 3; i++) {
      const s = await createStory({ authors: [a], headline: `Moving story ${i}` });
      await db.story.update({
        where: { id: s.id },
        data: { updatedAt: new Date(base + i * 60_000) },
      });
      made.push(s);
    }
    const [s0, s1, s2] = made;
    signInAs(a);
    const list = async (filters: Parameters<typeof listStoriesForDesk>[0]) =>
      (await listStoriesForDesk(filters)).stories.map((s) => s.id);
    expect(await list({ authorId: a.id })).toEqual([s2.id, s1.id, s0.id]);

    // An autosave of the oldest story brings it to the top of its author's list.
    await db.story.update({
      where: { id: s0.id },
      data: { updatedAt: new Date(base + 10 * 60_000) },
    });
    expect(await list({ authorId: a.id })).toEqual([s0.id, s2.id, s1.id]);

    // A byline added after the story was written: the story is on the new author's list, in its place.
    await db.byline.create({ data: { storyId: s1.id, userId: b.id, position: 1 } });
    expect(await list({ authorId: b.id })).toEqual([s1.id]);
    await db.story.update({
      where: { id: s1.id },
      data: { updatedAt: new Date(base + 20 * 60_000) },
    });
    expect(await list({ authorId: b.id })).toEqual([s1.id]);
    expect(await list({ authorId: a.id })).toEqual([s1.id, s0.id, s2.id]);
    // ... and removed again.
    await db.byline.delete({ where: { storyId_userId: { storyId: s1.id, userId: b.id } } });
    expect(await list({ authorId: b.id })).toEqual([]);

    // Status: the author + status list follows the story's workflow.
    expect(await list({ authorId: a.id, status: "PUBLISHED" })).toEqual([]);
    await db.story.update({
      where: { id: s2.id },
      data: {
        status: "PUBLISHED",
        publishedAt: new Date(),
        updatedAt: new Date(base + 30 * 60_000),
      },
    });
    expect(await list({ authorId: a.id, status: "PUBLISHED" })).toEqual([s2.id]);
    expect(await list({ authorId: a.id, status: "DRAFT" })).toEqual([s1.id, s0.id]);

    // Tags: a tag added to an older story sorts by the story's last change, and follows it.
    await db.storyTag.create({ data: { storyId: s0.id, tagId: tag.id, position: 0 } });
    await db.storyTag.create({ data: { storyId: s2.id, tagId: tag.id, position: 0 } });
    expect(await list({ tagId: tag.id })).toEqual([s2.id, s0.id]);
    await db.story.update({
      where: { id: s0.id },
      data: { updatedAt: new Date(base + 40 * 60_000) },
    });
    expect(await list({ tagId: tag.id })).toEqual([s0.id, s2.id]);
    expect(await list({ tagId: tag.id, status: "PUBLISHED" })).toEqual([s2.id]);
    await db.story.update({
      where: { id: s2.id },
      data: { status: "UNPUBLISHED", publishedAt: null },
    });
    expect(await list({ tagId: tag.id, status: "PUBLISHED" })).toEqual([]);
    expect(await list({ tagId: tag.id, status: "UNPUBLISHED" })).toEqual([s2.id]);

    // Headlines: an author's or a tag's search tests the join rows' copy, which follows an edit,
    // even one that sets the headline alone, and folds case as ILIKE does (Å, Ø).
    expect(await list({ authorId: a.id, q: "moving story 0" })).toEqual([s0.id]);
    await db.story.update({ where: { id: s0.id }, data: { headline: "Ferry strike in ÅLESUND" } });
    await db.$executeRawUnsafe(
      `UPDATE "Story" SET headline = 'Tromsø harbour vote', "updatedAt" = "updatedAt" WHERE id = $1`,
      s2.id,
    );
    expect(await list({ authorId: a.id, q: "moving story 0" })).toEqual([]);
    expect(await list({ authorId: a.id, q: "ålesund" })).toEqual([s0.id]);
    expect(await list({ tagId: tag.id, q: "FERRY" })).toEqual([s0.id]);
    expect(await list({ tagId: tag.id, q: "TROMSØ" })).toEqual([s2.id]);
    expect(await list({ authorId: a.id, tagId: tag.id, q: "strike" })).toEqual([s0.id]);

    // The join rows hold what the stories hold (the triggers' whole job).
    const copied = {
      storyUpdatedAt: true,
      storyStatus: true,
      storyHeadline: true,
      story: { select: { updatedAt: true, status: true, headline: true } },
    } as const;
    const rows = [
      ...(await db.byline.findMany({ where: { userId: a.id }, select: copied })),
      ...(await db.storyTag.findMany({ where: { tagId: tag.id }, select: copied })),
    ];
    expect(rows.length).toBe(5);
    for (const r of rows)
      expect([r.storyUpdatedAt, r.storyStatus, r.storyHeadline]).toEqual([
        r.story.updatedAt,
        r.story.status,
        r.story.headline.toLowerCase(),
      ]);
  });

  it("when every set is too large to drive, walks the author and counts at least what it met", async () => {
    // 10,500 stories by one author, all with one tag, "harbour" in every 7th: the author's, the
    // tag's and the headline's sets are each over their bounds.
    const author = await createUser({ role: "REPORTER" });
    const tag = await db.tag.create({ data: { name: "Wide tag", slug: "wide-tag" } });
    await db.$executeRaw`
      INSERT INTO "Story" (id, slug, headline, body, "updatedAt")
      SELECT 'wide-' || i, 'wide-' || i,
        CASE WHEN i % 7 = 0 THEN 'Harbour levy ' || i ELSE 'Wide story ' || i END,
        '{"type":"doc","content":[]}'::jsonb, timestamp '2031-01-01' + i * interval '1 second'
      FROM generate_series(1, 10500) AS i`;
    await db.$executeRaw`INSERT INTO "Byline" ("storyId", "userId", position)
      SELECT id, ${author.id}, 0 FROM "Story" WHERE id LIKE 'wide-%'`;
    await db.$executeRaw`INSERT INTO "StoryTag" ("storyId", "tagId", position)
      SELECT id, ${tag.id}, 0 FROM "Story" WHERE id LIKE 'wide-%'`;
    signInAs(author);
    const filters = { authorId: author.id, tagId: tag.id, q: "harbour" };
    const want = await expected(filters);
    expect(want).toHaveLength(1_500);
    const first = await listStoriesForDesk(filters);
    // The newest 2,000 of the author's stories (8,501 to 10,500) hold 286 of them: "286+".
    expect(first).toMatchObject({ total: 286, totalCapped: true });
    const { seen } = await walk(filters);
    expect(seen).toEqual(want);
    // After ANALYZE "wide" is a common headline word (9,000 of these stories): with a status as
    // well it is not counted, and the author's drafts are walked for it, every match once.
    await db.$executeRawUnsafe(`ANALYZE "Story"`);
    const drafts = { ...filters, q: "wide", status: "DRAFT" as const };
    const wantDrafts = await expected(drafts);
    expect(wantDrafts).toHaveLength(9_000);
    // The newest 2,000 of the author's stories hold 1,714 drafts with "wide": "1,000+".
    expect(await listStoriesForDesk(drafts)).toMatchObject({
      total: DESK_COUNT_LIMIT,
      totalCapped: true,
    });
    expect((await walk(drafts)).seen).toEqual(wantDrafts);
  });

  it("with every set larger than the count's bound, still pages the intersection right", async () => {
    const author = await createUser({ role: "REPORTER" });
    const tag = await db.tag.create({ data: { name: "Bulk tag", slug: "bulk-tag" } });
    const n = DESK_COUNT_LIMIT + 60;
    await db.story.createMany({
      data: Array.from({ length: n }, (_, i) => ({
        slug: `big-${i}`,
        headline: i % 20 === 0 ? `Rare ferry ${i}` : `Big ${i}`,
        body: { type: "doc", content: [] },
        status: i % 30 === 0 ? ("PUBLISHED" as const) : ("DRAFT" as const),
        updatedAt: new Date(Date.UTC(2026, 3, 1) + (i % 13) * 1000),
      })),
    });
    const ids = (
      await db.story.findMany({ where: { slug: { startsWith: "big-" } }, select: { id: true } })
    ).map((s) => s.id);
    await db.byline.createMany({
      data: ids.map((storyId) => ({ storyId, userId: author.id, position: 0 })),
    });
    // Every story but every ninth has the tag.
    await db.storyTag.createMany({
      data: ids
        .filter((_, i) => i % 9 !== 0)
        .map((storyId) => ({ storyId, tagId: tag.id, position: 0 })),
    });
    signInAs(author);
    for (const filters of [
      { authorId: author.id, tagId: tag.id },
      { authorId: author.id, tagId: tag.id, status: "PUBLISHED" as const },
      { authorId: author.id, tagId: tag.id, q: "rare ferry" },
      { tagId: tag.id, q: "big" },
    ]) {
      const want = await expected(filters);
      const { seen, total } = await walk(filters);
      expect(seen.slice(0, 3 * DESK_PAGE_SIZE), JSON.stringify(filters)).toEqual(
        want.slice(0, 3 * DESK_PAGE_SIZE),
      );
      expect(seen.length, JSON.stringify(filters)).toBe(want.length);
      expect(total, JSON.stringify(filters)).toBe(Math.min(want.length, DESK_COUNT_LIMIT));
    }
  });
});
