// The permission table: one place that says which role may do what. Every mutation calls
// assertCan(); tests walk every action for every role.

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

type Rule = readonly Role[] | ((actor: Actor, story?: StoryRecord) => boolean);

const isAuthor = (actor: Actor, story?: StoryRecord) =>
  !!story && story.authorIds.includes(actor.id);
const isDesk = (actor: Actor) => actor.role === "EDITOR" || actor.role === "ADMIN";
const notYetPublished = (story?: StoryRecord) =>
  !!story && (story.status === "DRAFT" || story.status === "IN_REVIEW");

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
  "stories.delete": ["ADMIN"],
  "corrections.add": ["EDITOR", "ADMIN"],
  // A source's real identity and contact: the story's authors and the desk, nobody else.
  "sources.viewPrivate": (actor, story) => isDesk(actor) || isAuthor(actor, story),
  // Approval of an anonymous source is a second pair of eyes: an editor who is not a byline.
  "sources.approve": (actor, story) => isDesk(actor) && !isAuthor(actor, story),
  "tags.create": ["EDITOR", "ADMIN"],
  "tags.manage": ["ADMIN"],
  "users.manage": ["ADMIN"],
  "audit.view": ["ADMIN"],
  "account.update": ["REPORTER", "EDITOR", "ADMIN"],
  // Reporters upload their own pictures; who may edit one is lib/media/policy.ts.
  "media.upload": ["REPORTER", "EDITOR", "ADMIN"],
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export function can(actor: Actor, action: Action, story?: StoryRecord): boolean {
  const rule: Rule = PERMISSIONS[action];
  return typeof rule === "function" ? rule(actor, story) : rule.includes(actor.role);
}

export class ForbiddenError extends Error {
  override name = "ForbiddenError";
  constructor(public readonly action: Action) {
    super(`You do not have permission to do that (${action}).`);
  }
}

export class UnauthenticatedError extends Error {
  override name = "UnauthenticatedError";
  constructor(message = "Please sign in again.") {
    super(message);
  }
}

export function assertCan(actor: Actor, action: Action, story?: StoryRecord): void {
  if (!can(actor, action, story)) throw new ForbiddenError(action);
}
