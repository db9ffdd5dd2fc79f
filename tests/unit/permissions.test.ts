import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  assertCan,
  can,
  ForbiddenError,
  ROLES,
  type Actor,
  type StoryRecord,
} from "@/lib/auth/permissions";

// The whole table, every action for every role, written out so that a change to a rule shows here.
const ROLE_ONLY: Record<string, readonly string[]> = {
  "admin.access": ["REPORTER", "EDITOR", "ADMIN"],
  "stories.list": ["REPORTER", "EDITOR", "ADMIN"],
  "stories.create": ["REPORTER", "EDITOR", "ADMIN"],
  "stories.publish": ["EDITOR", "ADMIN"],
  "stories.schedule": ["EDITOR", "ADMIN"],
  "stories.unpublish": ["EDITOR", "ADMIN"],
  "stories.delete": ["ADMIN"],
  "corrections.add": ["EDITOR", "ADMIN"],
  "tags.create": ["EDITOR", "ADMIN"],
  "tags.manage": ["ADMIN"],
  "users.manage": ["ADMIN"],
  "audit.view": ["ADMIN"],
  "account.update": ["REPORTER", "EDITOR", "ADMIN"],
  "media.upload": ["REPORTER", "EDITOR", "ADMIN"],
};

const actor = (role: Actor["role"], id = `u-${role}`): Actor => ({ id, role });
const story = (authorIds: string[], status: StoryRecord["status"]): StoryRecord => ({
  authorIds,
  status,
});

describe("permission table", () => {
  it("covers every action in this test", () => {
    const storyRules = [
      "stories.edit",
      "stories.view",
      "stories.submit",
      "sources.viewPrivate",
      "sources.approve",
    ];
    expect([...Object.keys(ROLE_ONLY), ...storyRules].sort()).toEqual([...ACTIONS].sort());
  });

  for (const [action, allowed] of Object.entries(ROLE_ONLY)) {
    for (const role of ROLES) {
      it(`${role} ${allowed.includes(role) ? "may" : "may not"} ${action}`, () => {
        expect(can(actor(role), action as (typeof ACTIONS)[number])).toBe(allowed.includes(role));
      });
    }
  }

  describe("story rules", () => {
    const reporter = actor("REPORTER", "rep");
    const other = actor("REPORTER", "other");
    for (const status of ["DRAFT", "IN_REVIEW"] as const) {
      it(`a reporter edits and submits their own ${status} story, not someone else's`, () => {
        expect(can(reporter, "stories.edit", story(["rep"], status))).toBe(true);
        expect(can(reporter, "stories.submit", story(["rep"], status))).toBe(true);
        expect(can(other, "stories.edit", story(["rep"], status))).toBe(false);
        expect(can(other, "stories.submit", story(["rep"], status))).toBe(false);
      });
    }
    for (const status of ["SCHEDULED", "PUBLISHED", "UNPUBLISHED"] as const) {
      it(`a reporter may not edit their own ${status} story; editors and admins may`, () => {
        expect(can(reporter, "stories.edit", story(["rep"], status))).toBe(false);
        expect(can(actor("EDITOR"), "stories.edit", story(["rep"], status))).toBe(true);
        expect(can(actor("ADMIN"), "stories.edit", story(["rep"], status))).toBe(true);
      });
    }
    it("without a story, a reporter may not edit", () => {
      expect(can(reporter, "stories.edit")).toBe(false);
    });
    it("private source fields: the story's authors and the desk only", () => {
      const s = story(["rep"], "DRAFT");
      expect(can(reporter, "sources.viewPrivate", s)).toBe(true);
      expect(can(other, "sources.viewPrivate", s)).toBe(false);
      expect(can(actor("EDITOR"), "sources.viewPrivate", s)).toBe(true);
      expect(can(actor("ADMIN"), "sources.viewPrivate", s)).toBe(true);
      expect(can(reporter, "stories.view", s)).toBe(true);
      expect(can(other, "stories.view", s)).toBe(false);
    });
    it("anonymous-source approval needs an editor who is not a byline", () => {
      expect(can(reporter, "sources.approve", story(["rep"], "IN_REVIEW"))).toBe(false);
      expect(can(actor("EDITOR", "ed"), "sources.approve", story(["rep"], "IN_REVIEW"))).toBe(true);
      expect(can(actor("EDITOR", "ed"), "sources.approve", story(["rep", "ed"], "IN_REVIEW"))).toBe(
        false,
      );
      expect(can(actor("ADMIN", "ad"), "sources.approve", story(["rep"], "IN_REVIEW"))).toBe(true);
    });
  });

  it("assertCan throws ForbiddenError naming the action", () => {
    expect(() => assertCan(actor("REPORTER"), "users.manage")).toThrow(ForbiddenError);
    expect(() => assertCan(actor("ADMIN"), "users.manage")).not.toThrow();
  });
});
