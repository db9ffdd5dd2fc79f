import { describe, expect, it } from "vitest";
import { parsePage, parseQuery, parseSlug } from "@/lib/reader/params";

const sp = (s: string) => new URLSearchParams(s);

describe("parseSlug", () => {
  it("accepts slugs", () => {
    expect(parseSlug("council-approves-rent-cap")).toBe("council-approves-rent-cap");
  });

  it.each([
    "..",
    "%2e%2e",
    "a%00b",
    "%00",
    "zürich",
    "z%C3%BCrich",
    "UPPER",
    "a--b",
    "-a",
    "a/b",
    "%E0%A4%A",
    "x".repeat(201),
  ])("refuses %s", (raw) => {
    expect(parseSlug(raw)).toBeNull();
  });
});

describe("parsePage", () => {
  it("defaults to 1 and accepts positive integers", () => {
    expect(parsePage(sp(""))).toBe(1);
    expect(parsePage(sp("page=3"))).toBe(3);
  });

  it.each([
    "page=-1",
    "page=0",
    "page=abc",
    "page=1.5",
    "page=99999999999999999999",
    "page=",
    "page=1&page=2",
    "page=%00",
  ])("refuses %s", (q) => {
    expect(parsePage(sp(q))).toBeNull();
  });
});

describe("parseQuery", () => {
  it("trims, removes control characters and caps at 200 characters", () => {
    expect(parseQuery(sp("q=%20rent%00%20cap%20"))).toBe("rent cap");
    expect(parseQuery(sp(`q=${"a".repeat(10_000)}`))).toHaveLength(200);
    expect(parseQuery(sp(""))).toBe("");
  });
});
