import { describe, it, expect } from "vitest";
import { stories } from "../../scripts/seed-data/stories";
import { tags } from "../../scripts/seed-data/tags";
import type { SeedCommentRequest, SeedStory, SeedTagKind } from "../../scripts/seed-data/types";
import { users } from "../../scripts/seed-data/users";
import { storyWordCount, validateSeedData } from "../../scripts/seed-data/validate";

const byStatus = (status: SeedStory["status"]) => stories.filter((s) => s.status === status);
const text = (s: SeedStory) =>
  s.body.flatMap((b) => (b.type === "ul" ? b.items : [b.text])).join("\n");
const requests = stories.flatMap((s) => s.commentRequests);

describe("demo seed data", () => {
  it("is internally consistent", () => {
    expect(validateSeedData()).toEqual([]);
  });

  it("has the three demo accounts and more staff, one of them inactive", () => {
    const demo = [
      ["admin@newsroom.test", "ADMIN"],
      ["editor@newsroom.test", "EDITOR"],
      ["reporter@newsroom.test", "REPORTER"],
    ];
    for (const [email, role] of demo) expect(users.find((u) => u.email === email)?.role).toBe(role);
    expect(users.length).toBeGreaterThanOrEqual(9);
    expect(users.filter((u) => u.active === false)).toHaveLength(1);
    expect(users.some((u) => u.role === "EDITOR" && u.email !== "editor@newsroom.test")).toBe(true);
  });

  it("has about 30 tags of every kind", () => {
    expect(tags.length).toBeGreaterThanOrEqual(30);
    const kinds: SeedTagKind[] = ["TOPIC", "PERSON", "ORGANISATION", "PLACE"];
    for (const kind of kinds)
      expect(tags.filter((t) => t.kind === kind).length).toBeGreaterThanOrEqual(4);
    expect(tags.filter((t) => t.aliases?.length).length).toBeGreaterThanOrEqual(3);
  });

  it("has at least 40 stories in every status", () => {
    expect(stories.length).toBeGreaterThanOrEqual(40);
    expect(byStatus("PUBLISHED").length).toBeGreaterThanOrEqual(30);
    expect(byStatus("DRAFT").length).toBeGreaterThanOrEqual(3);
    expect(byStatus("IN_REVIEW").length).toBeGreaterThanOrEqual(3);
    expect(byStatus("SCHEDULED").length).toBeGreaterThanOrEqual(2);
    expect(byStatus("UNPUBLISHED").length).toBeGreaterThanOrEqual(2);
    for (const s of byStatus("SCHEDULED")) expect(s.hoursAgo).toBeLessThan(0);
  });

  it("spreads published stories over about ten days, several in the last six hours", () => {
    const published = byStatus("PUBLISHED");
    expect(published.filter((s) => s.hoursAgo < 6).length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...published.map((s) => s.hoursAgo))).toBeLessThanOrEqual(240);
    expect(published.filter((s) => s.hoursAgo > 168).length).toBeGreaterThanOrEqual(3);
  });

  it("gives the reporter account drafts and a story in review", () => {
    const mine = stories.filter((s) => s.authors.includes("reporter"));
    expect(mine.filter((s) => s.status === "DRAFT").length).toBeGreaterThanOrEqual(2);
    expect(mine.filter((s) => s.status === "IN_REVIEW").length).toBeGreaterThanOrEqual(1);
  });

  it("keeps bodies within 250–900 words and 4–12 blocks", () => {
    for (const s of stories) {
      const words = storyWordCount(s);
      expect(words, s.key).toBeGreaterThanOrEqual(250);
      expect(words, s.key).toBeLessThanOrEqual(900);
      expect(s.body.length, s.key).toBeGreaterThanOrEqual(4);
      expect(s.body.length, s.key).toBeLessThanOrEqual(12);
    }
    expect(stories.filter((s) => storyWordCount(s) >= 700).length).toBeGreaterThanOrEqual(3);
  });

  it("uses inline tag and source markers in at least a third of stories", () => {
    const withBoth = stories.filter(
      (s) => text(s).includes("[[tag:") && text(s).includes("[[src:"),
    );
    expect(withBoth.length).toBeGreaterThanOrEqual(Math.ceil(stories.length / 3));
  });

  it("mixes named and anonymous sources, and gives the publish gate something to block", () => {
    const sources = stories.flatMap((s) => s.sources);
    expect(sources.filter((s) => s.anonymous).length).toBeGreaterThanOrEqual(10);
    expect(sources.filter((s) => !s.anonymous).length).toBeGreaterThanOrEqual(10);
    expect(sources.some((s) => s.anonymous && s.headcount > 1)).toBe(true);
    const blocked = byStatus("IN_REVIEW").filter((s) =>
      s.sources.some((src) => src.anonymous && !src.approved),
    );
    expect(blocked.length).toBeGreaterThanOrEqual(1);
    expect(
      blocked.some((s) =>
        s.sources.some((src) => src.anonymous && !src.approved && !src.anonymityReason),
      ),
    ).toBe(true);
  });

  it("records comment requests in every outcome and channel, including an unanswered fax", () => {
    const outcomes: SeedCommentRequest["outcome"][] = [
      "PENDING",
      "RESPONDED",
      "DECLINED",
      "NO_RESPONSE",
    ];
    const channels: SeedCommentRequest["channel"][] = [
      "EMAIL",
      "PHONE",
      "FAX",
      "IN_PERSON",
      "OTHER",
    ];
    for (const o of outcomes)
      expect(
        requests.some((r) => r.outcome === o),
        o,
      ).toBe(true);
    for (const c of channels)
      expect(
        requests.some((r) => r.channel === c),
        c,
      ).toBe(true);
    expect(requests.some((r) => r.channel === "FAX" && r.outcome === "NO_RESPONSE")).toBe(true);
    const faxed = stories.filter(
      (s) =>
        s.status === "PUBLISHED" &&
        text(s).includes("did not respond to faxed requests for comment"),
    );
    expect(faxed.length).toBeGreaterThanOrEqual(1);
  });

  it("links most published stories to related coverage, inside and outside", () => {
    const published = byStatus("PUBLISHED");
    const linked = published.filter((s) => s.related.length >= 1 && s.related.length <= 4);
    expect(linked.length).toBeGreaterThanOrEqual(Math.ceil(published.length * 0.8));
    const related = stories.flatMap((s) => s.related);
    expect(related.some((r) => r.kind === "internal")).toBe(true);
    expect(related.some((r) => r.kind === "external" && r.hoursAgo < 0.1)).toBe(true);
  });

  it("has a few corrections and updates on published stories", () => {
    const corrections = byStatus("PUBLISHED").flatMap((s) => s.corrections ?? []);
    expect(corrections.some((c) => c.kind === "CORRECTION")).toBe(true);
    expect(corrections.some((c) => c.kind === "UPDATE")).toBe(true);
  });
});
