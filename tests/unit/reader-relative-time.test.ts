import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { absoluteTime, RELATIVE_TIME_SCRIPT, relativeTime } from "@/lib/reader/relative-time";

const now = new Date("2026-11-28T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const MIN = 60_000;

describe("relativeTime", () => {
  it.each([
    [10_000, "just now"],
    [MIN, "1 minute ago"],
    [4 * MIN, "4 minutes ago"],
    [59 * MIN, "59 minutes ago"],
    [60 * MIN, "1 hour ago"],
    [3 * 60 * MIN, "3 hours ago"],
    [2 * 24 * 60 * MIN, "2 days ago"],
    [45 * 24 * 60 * MIN, "1 month ago"],
    [800 * 24 * 60 * MIN, "2 years ago"],
  ])("%d ms ago reads %s", (ms, text) => {
    expect(relativeTime(ago(ms), now)).toBe(text);
  });

  it("treats a time in the future (clock skew) as just now", () => {
    expect(relativeTime(new Date(now.getTime() + 5 * MIN), now)).toBe("just now");
  });
});

describe("RELATIVE_TIME_SCRIPT", () => {
  it("is tiny", () => {
    expect(new TextEncoder().encode(RELATIVE_TIME_SCRIPT).length).toBeLessThan(1024);
  });

  it("rewrites every <time data-rel> from the reader's clock, with the server's wording", () => {
    const times = [4 * MIN, 3 * 60 * MIN, 2 * 24 * 60 * MIN].map((ms) => ({
      datetime: ago(ms).toISOString(),
      textContent: "stale",
    }));
    const elements = times.map((t) => ({
      getAttribute: () => t.datetime,
      set textContent(v: string) {
        t.textContent = v;
      },
    }));
    const document = { querySelectorAll: () => elements };
    runInNewContext(RELATIVE_TIME_SCRIPT, {
      document,
      Date: { now: () => now.getTime(), parse: Date.parse },
      Math,
      isNaN,
    });
    expect(times.map((t) => t.textContent)).toEqual(["4 minutes ago", "3 hours ago", "2 days ago"]);
  });
});

describe("absoluteTime", () => {
  it("is unambiguous and in UTC", () => {
    expect(absoluteTime(new Date("2026-11-28T09:05:00Z"))).toBe("28 November 2026, 09:05 UTC");
  });
});
