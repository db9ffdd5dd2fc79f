import { describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db/client";
import { deskFilterOptions, listStoriesForDesk } from "../../lib/stories/queries";
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
});
