import { describe, expect, it } from "vitest";
import { diffText, diffWords } from "../../lib/stories/diff";

describe("revision diff", () => {
  it("shows a one-word change as one word", () => {
    expect(diffWords("The council voted on Tuesday.", "The council voted on Monday.")).toEqual([
      { type: "same", text: "The council voted on " },
      { type: "removed", text: "Tuesday" },
      { type: "added", text: "Monday" },
      { type: "same", text: "." },
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
      { type: "removed", text: "this paragraph" },
      { type: "added", text: "something else" },
      { type: "same", text: "." },
    ]);
  });
});

describe("revision diff of a long paragraph", () => {
  it("finds the one changed word in a 2,500-word paragraph", () => {
    const words = Array.from({ length: 2500 }, (_, i) => `word${i % 97}`);
    const before = words.join(" ");
    const after = words.map((w, i) => (i === 1234 ? "ministry" : w)).join(" ");
    const [paragraph, ...rest] = diffText(before, after);
    expect(rest).toEqual([]);
    expect(paragraph.filter((p) => p.type !== "same")).toEqual([
      { type: "removed", text: words[1234] },
      { type: "added", text: "ministry" },
    ]);
    // Every other word is kept, in order, as unchanged text.
    const same = paragraph.filter((p) => p.type === "same").map((p) => p.text);
    expect(same.join(words[1234])).toBe(before);
  });
});
