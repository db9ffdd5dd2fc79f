import { describe, expect, it } from "vitest";
import {
  checkQuery,
  MAX_QUERY_TERMS,
  MAX_RANKED,
  MAX_WINDOW,
  MIN_WINDOW,
  needsRecheck,
  queryTerms,
  searchMethod,
  searchWindow,
  WALK_DENSITY,
  WHOLE_ARCHIVE_MATCHES,
} from "@/lib/search/bounds";

describe("search bounds", () => {
  it("counts the words a reader typed, quotes, minus signs and 'or' aside", () => {
    expect(queryTerms(`"harbour budget" -ferry or tender`)).toEqual([
      "harbour",
      "budget",
      "ferry",
      "tender",
    ]);
    expect(queryTerms(`"" - -- """`)).toEqual([]);
    expect(checkQuery(Array(MAX_QUERY_TERMS).fill("w").join(" "))).toEqual({ ok: true });
    expect(
      checkQuery(
        Array(MAX_QUERY_TERMS + 1)
          .fill("w")
          .join(" "),
      ),
    ).toEqual({
      ok: false,
      reason: "too-many-words",
    });
  });

  it("searches the whole archive for a selective query, a bounded window of the newest for a common one", () => {
    expect(searchWindow(WHOLE_ARCHIVE_MATCHES, 1_000_000)).toBeNull();
    expect(searchWindow(500_000, 15_000)).toBeNull();
    // Half the archive matches: about twice MAX_RANKED matches are in the newest ~2,000 stories.
    const half = searchWindow(500_000, 1_000_000)!;
    expect(half).toBeGreaterThanOrEqual(MIN_WINDOW);
    expect(half).toBeLessThanOrEqual(4 * (MAX_RANKED + 1));
    // One story in a hundred: the window would be 100k, capped.
    expect(searchWindow(10_000, 1_000_000)).toBe(MAX_WINDOW);
    expect(searchWindow(1e9, 1_000_000)).toBe(MIN_WINDOW);
  });
});

describe("search method", () => {
  it("walks the newest stories only when most of the window matches, and never for a phrase", () => {
    // A selective query is gathered from the index, whatever it is.
    expect(searchMethod(WHOLE_ARCHIVE_MATCHES, 1_000_000, false)).toBe("index");
    // A word in 8% of the archive: most of a walk's tsvectors would not match.
    expect(searchMethod(80_000, 1_000_000, false)).toBe("index");
    expect(searchMethod(WALK_DENSITY * 1_000_000, 1_000_000, false)).toBe("walk");
    expect(searchMethod(600_000, 1_000_000, false)).toBe("walk");
    // A phrase or a minus word rechecks every index match: it walks when its window is smaller.
    expect(searchMethod(600_000, 1_000_000, true)).toBe("walk");
    expect(searchMethod(80_000, 1_000_000, true)).toBe("walk");
    expect(searchMethod(10_000, 1_000_000, true)).toBe("index");
  });

  it("knows which tsqueries the index cannot answer alone", () => {
    expect(needsRecheck("'harbour' & 'budget'")).toBe(false);
    expect(needsRecheck("'harbour' <-> 'budget'")).toBe(true);
    expect(needsRecheck("'harbour' <2> 'budget'")).toBe(true);
    expect(needsRecheck("'harbour' & !'budget'")).toBe(true);
  });
});
