import { describe, expect, it } from "vitest";
import { findDuplicateGroups, foldTagName } from "@/lib/tags/duplicates";

describe("foldTagName", () => {
  it.each([
    ["Floods", "flood"],
    ["flood", "flood"],
    ["FLOOD!", "flood"],
    ["Zürich", "zurich"],
    ["Zurich", "zurich"],
    ["Port-and-shipping", "port and shipping"],
    ["Port & Shipping", "port and shipping".replace(" and", "")],
    ["Taxes", "tax"],
    ["Cities", "city"],
    ["Buses", "bus"],
    ["Dag Ekholm’s", "dag ekholm"],
    // Short words and -ss/-us/-is endings are left alone.
    ["Gas", "gas"],
    ["Bus", "bus"],
    ["Business", "business"],
    ["Census", "census"],
    ["Analysis", "analysis"],
  ])("%s -> %s", (name, key) => {
    expect(foldTagName(name)).toBe(key);
  });
});

describe("findDuplicateGroups", () => {
  it("groups names equal after folding and leaves singletons out", () => {
    const tags = [
      { id: "1", name: "Flood" },
      { id: "2", name: "Housing" },
      { id: "3", name: "floods" },
      { id: "4", name: "Flood." },
      { id: "5", name: "Élections" },
      { id: "6", name: "election" },
      { id: "7", name: "!!!" },
    ];
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
