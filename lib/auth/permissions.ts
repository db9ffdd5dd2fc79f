import { ForbiddenError } from "@/lib/shared/errors";

// The permission table: one place that says who may do what, a predicate where the answer depends
// on the record (a story's authors and status, a staff account's role). Every mutation asks can() or
// assertCan(); no rule about who may do something lives anywhere else. Tests walk every action for
// every role.

export const ROLES = ["REPORTER", "EDITOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  id: string;
  role: Role;
}

/** What a rule may need to know about a story. */
export interface StoryRecord {
  authorIds: readonly string[];
  status: "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";
}

/** What a rule may need to know about a staff account being changed. */
export interface StaffRecord {
  role: Role;
  active: boolean;
  /** Active admins other than this account, counted under lock (lib/users/last-admin.ts). */
  otherActiveAdmins: number;
}

export type Subject = StoryRecord | StaffRecord;

type Rule = readonly Role[] | ((actor: Actor, subject?: Subject) => boolean);

const storyOf = (s?: Subject): StoryRecord | undefined => (s && "authorIds" in s ? s : undefined);
const staffOf = (s?: Subject): StaffRecord | undefined =>
  s && "otherActiveAdmins" in s ? s : undefined;

const isAuthor = (actor: Actor, s?: Subject) => !!storyOf(s)?.authorIds.includes(actor.id);
const isDesk = (actor: Actor) => actor.role === "EDITOR" || actor.role === "ADMIN";
const notYetPublished = (s?: Subject) => {
  const status = storyOf(s)?.status;
  return status === "DRAFT" || status === "IN_REVIEW";
};
/** Whether the account would leave the newsroom without an active admin if it stopped being one. */
const lastActiveAdmin = (s?: Subject) => {
  const staff = staffOf(s);
  return !staff || (staff.role === "ADMIN" && staff.active && staff.otherActiveAdmins === 0);
};

export const PERMISSIONS = {
  "admin.access": ["REPORTER", "EDITOR", "ADMIN"],
  "stories.list": ["REPORTER", "EDITOR", "ADMIN"],
  "stories.create": ["REPORTER", "EDITOR", "ADMIN"],
  // Reporters edit only their own stories, and only before publication.
  "stories.edit": (actor, story) =>
    isDesk(actor) || (isAuthor(actor, story) && notYetPublished(story)),
  "stories.view": (actor, story) => isDesk(actor) || isAuthor(actor, story),
  "stories.submit": (actor, story) =>
    isDesk(actor) || (isAuthor(actor, story) && notYetPublished(story)),
  "stories.publish": ["EDITOR", "ADMIN"],
  "stories.schedule": ["EDITOR", "ADMIN"],
  "stories.unpublish": ["EDITOR", "ADMIN"],
  // Sending a story back to its writer (and cancelling a schedule) is the desk's.
  "stories.return": ["EDITOR", "ADMIN"],
  // Taking oneself off a story's byline: a reporter who did would lock themselves out of it.
  "bylines.removeSelf": (actor) => isDesk(actor),
  "corrections.add": ["EDITOR", "ADMIN"],
  // A source's real identity and contact: the story's authors and the desk, nobody else, whether
  // reading them or writing them.
  "sources.viewPrivate": (actor, story) => isDesk(actor) || isAuthor(actor, story),
  "sources.writePrivate": (actor, story) => isDesk(actor) || isAuthor(actor, story),
  // Approval of an anonymous source is a second pair of eyes: an editor who is not a byline (the
  // publish gate also refuses an approval whose approver is on the byline at publish time).
  "sources.approve": (actor, story) => isDesk(actor) && !isAuthor(actor, story),
  "tags.create": ["EDITOR", "ADMIN"],
  "tags.manage": ["ADMIN"],
  "users.manage": ["ADMIN"],
  // Demoting or deactivating an admin: never the last active one (the newsroom keeps one).
  "users.removeAdmin": (actor, staff) => actor.role === "ADMIN" && !lastActiveAdmin(staff),
  "audit.view": ["ADMIN"],
  "account.update": ["REPORTER", "EDITOR", "ADMIN"],
  // Reporters upload their own pictures; who may edit one is lib/media/policy.ts.
  "media.upload": ["REPORTER", "EDITOR", "ADMIN"],
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export function can(actor: Actor, action: Action, subject?: Subject): boolean {
  const rule: Rule = PERMISSIONS[action];
  return typeof rule === "function" ? rule(actor, subject) : rule.includes(actor.role);
}

export function assertCan(actor: Actor, action: Action, subject?: Subject): void {
  if (!can(actor, action, subject)) throw new ForbiddenError(action);
}
