import { describe, expect, it } from "vitest";
import { findDuplicateGroups, foldTagName } from "@/lib/tags/duplicates";

describe("foldTagName", () => {
  // Each name of a row folds to the row's key.
  it.each([
    ["flood", ["Floods", "flood", "FLOOD!"]],
    ["zurich", ["Zürich", "Zurich"]],
    ["port and shipping", ["Port-and-shipping"]],
    ["port shipping", ["Port & Shipping"]], // an ampersand is dropped, not spelled out
    ["tax", ["Taxes"]],
    ["city", ["Cities"]],
    ["bus", ["Buses"]],
    ["dag ekholm", ["Dag Ekholm’s"]],
  ])("%s <- %j", (key, names) => {
    for (const name of names) expect(foldTagName(name)).toBe(key);
  });

  it.each(["Gas", "Bus", "Business", "Census", "Analysis"])(
    "leaves a short word or an -ss/-us/-is ending alone: %s",
    (name) => {
      expect(foldTagName(name)).toBe(name.toLowerCase());
    },
  );
});

describe("findDuplicateGroups", () => {
  it("groups names equal after folding and leaves singletons out", () => {
    const names = ["Flood", "Housing", "floods", "Flood.", "Élections", "election", "!!!"];
    const tags = names.map((name, i) => ({ id: String(i + 1), name }));
    expect(findDuplicateGroups(tags).map((g) => g.map((t) => t.id))).toEqual([
      ["1", "3", "4"],
      ["5", "6"],
    ]);
  });

  it("handles 10,000 tags in one pass", () => {
    const tags = Array.from({ length: 10_000 }, (_, i) => ({
      id: String(i),
      name: `Harbour ${i % 5000} permit${i >= 5000 ? "s" : ""}`,
    }));
    const groups = findDuplicateGroups(tags);
    expect(groups).toHaveLength(5000);
    expect(groups.every((g) => g.length === 2)).toBe(true);
  });
});
