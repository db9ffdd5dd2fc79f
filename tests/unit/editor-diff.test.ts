import { describe, expect, it } from "vitest";
import { diffText, diffWords } from "../../lib/stories/diff";

describe("revision diff", () => {
  it("shows a one-word change as one word", () => {
    expect(diffWords("The council voted on Tuesday.", "The council voted on Monday.")).toEqual([
      { type: "same", text: "The council voted on " },
      { type: "removed", text: "Tuesday." },
      { type: "added", text: "Monday." },
    ]);
  });

  it("matches paragraphs first, so an added paragraph is one addition", () => {
    const parts = diffText("First.\n\nSecond.", "First.\n\nNew one.\n\nSecond.");
    expect(parts).toEqual([
      [{ type: "same", text: "First." }],
      [{ type: "added", text: "New one." }],
      [{ type: "same", text: "Second." }],
    ]);
  });

  it("reports removed paragraphs and identical texts", () => {
    expect(diffText("A.\n\nB.", "A.")).toEqual([
      [{ type: "same", text: "A." }],
      [{ type: "removed", text: "B." }],
    ]);
    expect(
      diffText("Same.", "Same.")
        .flat()
        .every((p) => p.type === "same"),
    ).toBe(true);
  });
});

describe("revision diff readability", () => {
  it("shows neighbouring changed words as one change, not split by a shared space", () => {
    expect(
      diffWords("The first desk wrote this paragraph.", "The second desk wrote something else."),
    ).toEqual([
      { type: "same", text: "The " },
      { type: "removed", text: "first" },
      { type: "added", text: "second" },
      { type: "same", text: " desk wrote " },
      { type: "removed", text: "this paragraph." },
      { type: "added", text: "something else." },
    ]);
  });
});
