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
});
