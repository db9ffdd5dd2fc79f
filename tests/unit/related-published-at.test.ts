import { describe, expect, it } from "vitest";
import { parsePublishedAt } from "../../lib/related/published-at";

// 14:00 in London in winter (offset 0) and in Oslo (UTC+1: the browser says -60).
const NOW = new Date("2026-12-01T14:00:00Z");
const at = (text: string, offset = 0) => {
  const r = parsePublishedAt(text, offset, NOW);
  return r.ok ? r.date?.toISOString() : `error: ${r.message}`;
};

describe("the published time of an external article, as a writer types it", () => {
  it("reads “now” and “… ago”", () => {
    expect(at("now")).toBe("2026-12-01T14:00:00.000Z");
    expect(at(" Just now ")).toBe("2026-12-01T14:00:00.000Z");
    expect(at("4 minutes ago")).toBe("2026-12-01T13:56:00.000Z");
    expect(at("1 minute ago")).toBe("2026-12-01T13:59:00.000Z");
    expect(at("an hour ago")).toBe("2026-12-01T13:00:00.000Z");
    expect(at("2 hrs ago")).toBe("2026-12-01T12:00:00.000Z");
    expect(at("3 days ago")).toBe("2026-11-28T14:00:00.000Z");
    expect(at("10m ago")).toBe("2026-12-01T13:50:00.000Z");
  });

  it("reads a clock time today in the writer's time zone, yesterday's if it is later than now", () => {
    expect(at("13:57")).toBe("2026-12-01T13:57:00.000Z");
    expect(at("13:57", -60)).toBe("2026-12-01T12:57:00.000Z");
    expect(at("9.05")).toBe("2026-12-01T09:05:00.000Z");
    expect(at("23:30")).toBe("2026-11-30T23:30:00.000Z");
  });

  it("reads a date and time, the datetime-local form too", () => {
    expect(at("2026-11-30 08:15")).toBe("2026-11-30T08:15:00.000Z");
    expect(at("2026-11-30T08:15", -60)).toBe("2026-11-30T07:15:00.000Z");
    expect(at("2026-11-30")).toBe("2026-11-30T00:00:00.000Z");
  });

  it("leaves an empty box empty and says what it reads otherwise", () => {
    expect(parsePublishedAt("", 0, NOW)).toEqual({ ok: true, date: undefined });
    for (const wrong of ["soon", "4 parsecs ago", "25:00", "2026-02-31 10:00", "yesterday-ish"])
      expect(at(wrong), wrong).toMatch(/^error: Say when it was published: “now”, “4 minutes ago”/);
  });
});
