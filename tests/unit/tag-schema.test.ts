import { describe, expect, it } from "vitest";
import { tagInputSchema, tagListQuerySchema, tagMergeSchema } from "@/lib/tags/schema";

describe("tagInputSchema", () => {
  it("trims, splits aliases and drops blanks and repeats", () => {
    const r = tagInputSchema.parse({
      name: "  Ports ",
      kind: "TOPIC",
      aliases: "harbour,\n docks , harbour,,",
    });
    expect(r).toEqual({
      name: "Ports",
      slug: "",
      kind: "TOPIC",
      description: "",
      aliases: ["harbour", "docks"],
    });
  });

  it.each([
    [{ name: "", kind: "TOPIC" }, "name"],
    [{ name: "a".repeat(81), kind: "TOPIC" }, "name"],
    [{ name: "Ok", slug: "two words", kind: "TOPIC" }, "slug"],
    [{ name: "Ok", slug: "a/b", kind: "TOPIC" }, "slug"],
    [{ name: "Ok", slug: "Upper", kind: "TOPIC" }, "slug"],
    [{ name: "Ok", kind: "NOPE" }, "kind"],
    [{ name: "Ok", kind: "TOPIC", description: "d".repeat(501) }, "description"],
  ])("refuses %j by the field %s", (input, field) => {
    const r = tagInputSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path[0]).toBe(field);
  });
});

describe("tagMergeSchema", () => {
  it("refuses a merge into a tag being merged", () => {
    const r = tagMergeSchema.safeParse({ targetId: "a", sourceIds: ["b", "a"] });
    expect(r.error?.issues[0].path).toEqual(["targetId"]);
    expect(tagMergeSchema.parse({ targetId: "a", sourceIds: ["b", "b"] }).sourceIds).toEqual(["b"]);
  });
});

describe("tagListQuerySchema", () => {
  it("falls back to defaults on nonsense from the address bar", () => {
    expect(
      tagListQuerySchema.parse({ sort: "x; drop", dir: "sideways", page: "-3", kind: "X" }),
    ).toEqual({ q: "", kind: undefined, sort: "name", dir: "asc", page: 1 });
  });
});
