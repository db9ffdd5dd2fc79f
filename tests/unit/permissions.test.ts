import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  assertCan,
  can,
  ROLES,
  type Action,
  type Role,
  type StaffRecord,
  type StoryRecord,
  type Subject,
} from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/shared/errors";

// The whole table, every action for every role and every kind of record, written out so that a
// change to a rule shows here. The acting user's id is "me"; "own" stories have "me" on the byline.

const story = (authorIds: string[], status: StoryRecord["status"]): StoryRecord => ({
  authorIds,
  status,
});
const staff = (role: Role, active: boolean, otherActiveAdmins: number): StaffRecord => ({
  role,
  active,
  otherActiveAdmins,
});

const SUBJECTS = {
  none: undefined,
  ownDraft: story(["me"], "DRAFT"),
  ownInReview: story(["me", "x"], "IN_REVIEW"),
  ownScheduled: story(["me"], "SCHEDULED"),
  ownPublished: story(["me"], "PUBLISHED"),
  ownUnpublished: story(["me"], "UNPUBLISHED"),
  othersDraft: story(["x"], "DRAFT"),
  othersPublished: story(["x"], "PUBLISHED"),
  lastAdmin: staff("ADMIN", true, 0),
  oneOfTwoAdmins: staff("ADMIN", true, 1),
  inactiveAdmin: staff("ADMIN", false, 0),
  reporterAccount: staff("REPORTER", true, 0),
} satisfies Record<string, Subject | undefined>;
type SubjectKey = keyof typeof SUBJECTS;

const R: Role[] = ["REPORTER"];
const E: Role[] = ["EDITOR"];
const A: Role[] = ["ADMIN"];
const EVERYONE = [...R, ...E, ...A];
const DESK = [...E, ...A];
const NOBODY: Role[] = [];

/** Who may, whatever the record. */
const same = (roles: Role[]) =>
  Object.fromEntries(Object.keys(SUBJECTS).map((k) => [k, roles])) as Record<SubjectKey, Role[]>;
/** Desk everywhere; reporters where `mine` says. */
const deskAnd = (mine: SubjectKey[]) =>
  Object.fromEntries(
    Object.keys(SUBJECTS).map((k) => [k, mine.includes(k as SubjectKey) ? EVERYONE : DESK]),
  ) as Record<SubjectKey, Role[]>;
const ownStories: SubjectKey[] = [
  "ownDraft",
  "ownInReview",
  "ownScheduled",
  "ownPublished",
  "ownUnpublished",
];

const TABLE: Record<Action, Record<SubjectKey, Role[]>> = {
  "admin.access": same(EVERYONE),
  "stories.list": same(EVERYONE),
  "stories.create": same(EVERYONE),
  // Reporters: their own stories, before publication.
  "stories.edit": deskAnd(["ownDraft", "ownInReview"]),
  "stories.view": deskAnd(ownStories),
  "stories.submit": deskAnd(["ownDraft", "ownInReview"]),
  "stories.publish": same(DESK),
  "stories.schedule": same(DESK),
  "stories.unpublish": same(DESK),
  "stories.return": same(DESK),
  "bylines.removeSelf": same(DESK),
  "corrections.add": same(DESK),
  "sources.viewPrivate": deskAnd(ownStories),
  "sources.writePrivate": deskAnd(ownStories),
  // Never on a story one is a byline of; with no story to judge, the desk.
  "sources.approve": {
    ...same(DESK),
    ownDraft: NOBODY,
    ownInReview: NOBODY,
    ownScheduled: NOBODY,
    ownPublished: NOBODY,
    ownUnpublished: NOBODY,
  },
  "tags.create": same(DESK),
  "tags.manage": same(A),
  "users.manage": same(A),
  // Judged on a staff account, never the last active admin; on anything else, nobody.
  "users.removeAdmin": {
    ...same(NOBODY),
    oneOfTwoAdmins: A,
    inactiveAdmin: A,
    reporterAccount: A,
  },
  "audit.view": same(A),
  "account.update": same(EVERYONE),
  "media.upload": same(EVERYONE),
};

describe("permission table", () => {
  it("this test covers every action of the table", () => {
    expect(Object.keys(TABLE).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    describe(action, () => {
      for (const [subjectKey, subject] of Object.entries(SUBJECTS)) {
        for (const role of ROLES) {
          const allowed = TABLE[action][subjectKey as SubjectKey].includes(role);
          it(`${role} ${allowed ? "may" : "may not"} (${subjectKey})`, () => {
            expect(can({ id: "me", role }, action, subject)).toBe(allowed);
          });
        }
      }
    });
  }

  it("assertCan throws ForbiddenError naming the action", () => {
    expect(() => assertCan({ id: "me", role: "REPORTER" }, "users.manage")).toThrow(ForbiddenError);
    expect(() => assertCan({ id: "me", role: "ADMIN" }, "users.manage")).not.toThrow();
  });
});
