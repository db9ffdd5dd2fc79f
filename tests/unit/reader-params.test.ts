import { describe, expect, it } from "vitest";
import {
  formatCursor,
  parseCursor,
  parseListPosition,
  parsePage,
  parseQuery,
  parseSlug,
  positionKey,
} from "@/lib/reader/params";

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

describe("list cursors", () => {
  const place = { at: new Date(Date.UTC(2019, 4, 10, 12, 0, 0, 7)), id: "cm0abc_12-x" };

  it("round-trip a story's publication time (to the millisecond) and id", () => {
    const cursor = formatCursor(place);
    expect(cursor).toBe("2019-05-10T12:00:00.007Z_cm0abc_12-x");
    expect(parseCursor(cursor)).toEqual(place);
    expect(parseListPosition(sp(`before=${encodeURIComponent(cursor)}`))).toEqual({
      kind: "before",
      ...place,
    });
    expect(parseListPosition(sp(`after=${cursor}`))).toEqual({ kind: "after", ...place });
  });

  it("fall back to numbered pages, and key the cache as before for them", () => {
    expect(parseListPosition(sp(""))).toEqual({ kind: "page", page: 1 });
    expect(parseListPosition(sp("page=7"))).toEqual({ kind: "page", page: 7 });
    expect(positionKey({ kind: "page", page: 7 })).toBe("7");
    expect(positionKey({ kind: "before", ...place })).toBe(`before:${formatCursor(place)}`);
  });

  it.each([
    "",
    "2019-05-10T12:00:00.007Z",
    "2019-05-10T12:00:00.007Z_",
    "2019-05-10T12:00:00Z_abc",
    "2019-05-10 12:00:00.007Z_abc",
    "2019-13-10T12:00:00.007Z_abc",
    "2019-02-30T12:00:00.007Z_abc",
    "2019-05-10T25:00:00.007Z_abc",
    "2019-05-10T12:00:00.007Z_a b",
    "2019-05-10T12:00:00.007Z_a'b",
    `2019-05-10T12:00:00.007Z_${"x".repeat(65)}`,
  ])("refuse the malformed cursor %j", (raw) => {
    expect(parseCursor(raw)).toBeNull();
    expect(parseListPosition(sp(`before=${encodeURIComponent(raw)}`))).toBeNull();
  });

  it("refuse two positions at once, or one given twice", () => {
    const c = encodeURIComponent(formatCursor(place));
    for (const q of [`before=${c}&after=${c}`, `page=2&before=${c}`, `after=${c}&after=${c}`])
      expect(parseListPosition(sp(q)), q).toBeNull();
  });
});
