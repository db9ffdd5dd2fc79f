import { describe, expect, it } from "vitest";
import {
  keyTerms,
  mergeRelated,
  rankCandidates,
  scoreCandidate,
  tagWeight,
  type RelatedCandidate,
  type RelatedPick,
} from "@/lib/related/ranking";

const now = new Date("2026-11-28T12:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const context = {
  tagFrequency: new Map([
    ["rare", 2],
    ["common", 500],
    ["mid", 40],
  ]),
  totalStories: 1000,
  now,
};
const cand = (id: string, sharedTagIds: string[], age = 1, textScore = 0): RelatedCandidate => ({
  id,
  sharedTagIds,
  publishedAt: daysAgo(age),
  textScore,
});

describe("tagWeight", () => {
  it("weights a rare tag above a common one", () => {
    expect(tagWeight(2, 1000)).toBeGreaterThan(tagWeight(500, 1000));
    expect(tagWeight(1000, 1000)).toBeGreaterThan(0);
  });
});

describe("rankCandidates", () => {
  it("ranks a story sharing a rare tag above one sharing a common tag", () => {
    expect(rankCandidates([cand("c", ["common"]), cand("r", ["rare"])], context)).toEqual([
      "r",
      "c",
    ]);
  });

  it("counts more shared tags higher", () => {
    expect(rankCandidates([cand("one", ["mid"]), cand("two", ["mid", "common"])], context)).toEqual(
      ["two", "one"],
    );
  });

  it("breaks equal tags by text similarity, then by recency", () => {
    expect(rankCandidates([cand("a", ["mid"], 1, 0), cand("b", ["mid"], 1, 1)], context)).toEqual([
      "b",
      "a",
    ]);
    expect(rankCandidates([cand("old", ["mid"], 60), cand("new", ["mid"], 0)], context)).toEqual([
      "new",
      "old",
    ]);
  });

  it("lets recency decay: an old story's recency bonus is near zero", () => {
    const fresh = scoreCandidate(cand("x", [], 0), context);
    const stale = scoreCandidate(cand("y", [], 365), context);
    expect(fresh).toBeGreaterThan(1.4);
    expect(stale).toBeLessThan(0.01);
  });

  it("drops excluded ids and duplicates", () => {
    expect(
      rankCandidates([cand("self", ["rare"]), cand("a", ["mid"]), cand("a", ["mid"])], context, [
        "self",
      ]),
    ).toEqual(["a"]);
  });

  it("orders ties stably by id", () => {
    const at = daysAgo(3);
    const c1 = { id: "b", sharedTagIds: ["mid"], publishedAt: at, textScore: 0 };
    const c2 = { id: "a", sharedTagIds: ["mid"], publishedAt: at, textScore: 0 };
    expect(rankCandidates([c1, c2], context)).toEqual(["a", "b"]);
  });
});

describe("mergeRelated", () => {
  const published = new Set(["p1", "p2", "a1", "a2", "a3"]);
  const ours = (storyId: string): RelatedPick => ({ kind: "internal", storyId });
  const theirs = (key: string): RelatedPick => ({ kind: "external", key });

  it("puts the editor's picks first, in their order, then automatic ones", () => {
    const out = mergeRelated(
      "self",
      [ours("p2"), theirs("x1"), ours("p1")],
      published,
      ["a1", "a2"],
      8,
    );
    expect(out).toEqual([ours("p2"), theirs("x1"), ours("p1"), ours("a1"), ours("a2")]);
  });

  it("never lists the story itself, an unpublished pick or a picked story again", () => {
    const out = mergeRelated(
      "a1",
      [ours("draft"), ours("p1"), ours("a1")],
      published,
      ["p1", "a1", "unpublished", "a2"],
      8,
    );
    expect(out).toEqual([ours("p1"), ours("a2")]);
  });

  it("stops at the limit", () => {
    expect(mergeRelated("self", [theirs("x")], published, ["a1", "a2", "a3"], 2)).toHaveLength(2);
  });
});

describe("keyTerms", () => {
  it("keeps distinct content words of three letters or more", () => {
    expect(keyTerms("The Council approves the rent cap for Old Harbour, and the council")).toEqual([
      "council",
      "approves",
      "rent",
      "cap",
      "old",
      "harbour",
    ]);
  });

  it("folds accents and ignores punctuation", () => {
    expect(keyTerms("Zürich: port's <b>deal</b>")).toEqual(["zurich", "port", "deal"]);
  });
});
