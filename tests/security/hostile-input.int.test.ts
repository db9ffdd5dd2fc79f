import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as account from "../../app/(admin)/admin/account/actions";
import * as media from "../../app/(admin)/admin/media/actions";
import * as story from "../../app/(admin)/admin/stories/[id]/actions";
import * as panels from "../../app/(admin)/admin/stories/[id]/panel-actions";
import * as newStory from "../../app/(admin)/admin/stories/new/actions";
import * as tags from "../../app/(admin)/admin/tags/actions";
import * as users from "../../app/(admin)/admin/users/actions";
import * as setPassword from "../../app/set-password/actions";
import { db } from "../../lib/db/client";
import { UNEXPECTED_MESSAGE } from "../../lib/shared/action-result";
import { SOURCE_FORM_FIELDS } from "../../lib/sources/schema";
import { signInAs } from "../helpers/auth-mock";
import { createStory, createUser, paragraphDoc } from "../helpers/factories";

vi.mock("@/lib/auth/auth", () => import("../helpers/auth-mock"));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9", "user-agent": "test" }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));

// Every server action, called directly as a crafted request would call it, with a NUL character
// in every text (PostgreSQL cannot store one) and with a document nested 10,000 levels deep in
// place of every structured argument (it overflowed the recursive validation). Each must answer
// with a refusal the person can read (the sign-in form, which needs Auth.js itself, is sent the
// same over HTTP in e2e/hostile-input.spec.ts), never the "something went wrong" of an unexpected error
// (a 500 in a route), and write nothing.

const NUL = "Harbour\u0000talks";
const deep = (() => {
  let node: Record<string, unknown> = { type: "text", text: "x" };
  for (let i = 0; i < 10_000; i++) node = { type: "blockquote", content: [node] };
  return { type: "doc", content: [node] };
})();

let storyId: string;
let tagId: string;
let version: number;

const FIELDS = [
  "name",
  "slug",
  "kind",
  "description",
  "aliases",
  "target",
  "moveTo",
  "email",
  "password",
  "role",
  "credential",
  "intent",
  "headline",
  "currentPassword",
  "newPassword",
  "confirmPassword",
  "code",
  "challenge",
  "token",
  ...SOURCE_FORM_FIELDS,
  "organisation",
  "channel",
  "outcome",
  "responseText",
  "sentAt",
  "url",
  "outlet",
  "excerpt",
  "publishedAt",
  "text",
  "alt",
  "caption",
  "credit",
  "copyright",
  "rightsNote",
];
/** A form with NUL in every field; ids of real records where the action needs one to go on. */
function hostileForm(ids: Record<string, string> = {}) {
  const form = new FormData();
  for (const key of FIELDS) form.set(key, NUL);
  for (const [key, value] of Object.entries(ids)) form.set(key, value);
  return form;
}

const SEARCHES = new Set(["searchTags", "searchPublished", "media search"]);

type Call = readonly [string, () => Promise<unknown>];
const calls = (): Call[] => {
  const valid = { storyId, baseVersion: version, headline: "Kept", summary: "", dateline: "" };
  const save = {
    ...valid,
    slug: "kept",
    bylineIds: [],
    tagIds: [],
    body: paragraphDoc("Kept."),
  };
  return [
    ["saveStory NUL headline", () => story.saveStoryAction({ ...save, headline: NUL })],
    ["saveStory NUL text", () => story.saveStoryAction({ ...save, body: paragraphDoc(NUL) })],
    ["saveStory deep body", () => story.saveStoryAction({ ...save, body: deep })],
    ["saveStory deep input", () => story.saveStoryAction(deep)],
    ["saveStory number id", () => story.saveStoryAction({ ...save, storyId: 42 })],
    [
      "autosaveStory NUL text",
      () => story.autosaveStoryAction({ ...save, body: paragraphDoc(NUL) }),
    ],
    ["autosaveStory deep input", () => story.autosaveStoryAction(deep)],
    ["restoreRevision", () => story.restoreRevisionAction({ storyId: NUL, revisionId: deep })],
    ...(
      [
        "heartbeatAction",
        "leaveAction",
        "submitAction",
        "publishAction",
        "unpublishAction",
        "returnToDraftAction",
      ] as const
    ).flatMap((name) => [
      [`${name} NUL`, () => story[name](NUL)] as const,
      [`${name} deep`, () => story[name](deep as never)] as const,
    ]),
    ["scheduleAction", () => story.scheduleAction(NUL, NUL, deep as never)],
    ["saveSourceAction new", () => panels.saveSourceAction(null, hostileForm({ storyId }))],
    ["saveSourceAction edit", () => panels.saveSourceAction(null, hostileForm({ sourceId: NUL }))],
    ["removeSourceAction", () => panels.removeSourceAction(NUL)],
    ["moveSourceAction", () => panels.moveSourceAction(deep as never, NUL as never)],
    ["approveSourceAction", () => panels.approveSourceAction(deep as never)],
    ["saveCommentRequest", () => panels.saveCommentRequestAction(null, hostileForm({ storyId }))],
    ["removeCommentRequest", () => panels.removeCommentRequestAction(NUL)],
    ["moveCommentRequest", () => panels.moveCommentRequestAction(NUL, deep as never)],
    ["saveExternalRelated", () => panels.saveExternalRelatedAction(null, hostileForm({ storyId }))],
    [
      "saveExternalRelated time ok",
      () => panels.saveExternalRelatedAction(null, hostileForm({ storyId, publishedAt: "now" })),
    ],
    ["addInternalRelated", () => panels.addInternalRelatedAction(storyId, NUL)],
    ["removeRelated", () => panels.removeRelatedAction(deep as never)],
    ["moveRelated", () => panels.moveRelatedAction(NUL, "up")],
    ["searchPublished", () => panels.searchPublishedAction(NUL, deep as never)],
    ["addCorrection", () => panels.addCorrectionAction(null, hostileForm({ storyId }))],
    ["searchTags", () => panels.searchTagsAction(deep as never)],
    ["createTag inline", () => panels.createTagAction(NUL)],
    ["requestTag", () => panels.requestTagAction(storyId, NUL)],
    ["tagRequests", () => panels.tagRequestsAction(deep as never)],
    ["createStory", () => newStory.createStoryAction(null, hostileForm())],
    ["tags create", () => tags.createTagAction(null, hostileForm())],
    ["tags update", () => tags.updateTagAction(null, hostileForm({ id: tagId }))],
    ["tags merge", () => tags.mergeTagsAction(null, hostileForm({ sourceIds: NUL }))],
    ["tags delete", () => tags.deleteTagAction(null, hostileForm({ id: NUL }))],
    ["tags delete move-to", () => tags.deleteTagAction(null, hostileForm({ id: tagId }))],
    ["staff create", () => users.createStaffAction(null, hostileForm())],
    ["staff row", () => users.staffRowAction(null, hostileForm({ userId: NUL, intent: "role" }))],
    ["account name", () => account.updateNameAction(null, hostileForm())],
    ["account password", () => account.changePasswordAction(null, hostileForm())],
    ["account 2fa confirm", () => account.confirmEnrolmentAction(null, hostileForm())],
    ["account 2fa off", () => account.disableTwoFactorAction(null, hostileForm())],
    ["media details", () => media.updateMediaDetailsAction(null, hostileForm({ mediaId: NUL }))],
    ["media focal", () => media.setFocalPointAction(NUL, deep as never, NUL as never)],
    ["media search", () => media.searchMediaAction(NUL)],
    ["media lead get", () => media.getLeadImageAction(deep as never)],
    ["media lead set", () => media.setLeadImageAction(storyId, NUL)],
    ["set password", () => setPassword.setPasswordAction(null, hostileForm())],
  ];
};

async function counts() {
  const [stories, sources, requests, related, corrections, tagCount, staff, revisions, mediaCount] =
    await Promise.all([
      db.story.count(),
      db.source.count(),
      db.commentRequest.count(),
      db.relatedLink.count(),
      db.correction.count(),
      db.tag.count(),
      db.user.count(),
      db.revision.count(),
      db.media.count(),
    ]);
  return {
    stories,
    sources,
    requests,
    related,
    corrections,
    tagCount,
    staff,
    revisions,
    mediaCount,
  };
}

beforeAll(async () => {
  const admin = await createUser({ role: "ADMIN" });
  const created = await createStory({ authors: [admin], headline: "Hostile input target" });
  storyId = created.id;
  version = created.version;
  tagId = (await db.tag.create({ data: { name: "Hostile walk", slug: "hostile-walk" } })).id;
  signInAs(admin);
});
afterEach(() => vi.restoreAllMocks());

describe("hostile input to every action", () => {
  it("is refused with a readable message, and nothing is written", async () => {
    const before = await counts();
    const unexpected = vi.spyOn(console, "error");
    const answers: Record<string, unknown> = {};
    for (const [name, run] of calls()) {
      // Every action returns its refusal; none throws (a throw is Next's 500 page).
      answers[name] = await run();
    }
    const wrong = Object.entries(answers).filter(([name, answer]) => {
      const refusal = answer as { ok?: boolean; message?: string; fieldErrors?: object };
      if (typeof answer !== "object" || answer === null) return true;
      if (JSON.stringify(answer).includes(UNEXPECTED_MESSAGE)) return true;
      // A search box may answer "nothing found" instead of refusing.
      if (SEARCHES.has(name) && refusal.ok)
        return Object.values(answer).some((v) => Array.isArray(v) && v.length > 0);
      return "ok" in refusal ? refusal.ok !== false : !(refusal.message ?? refusal.fieldErrors);
    });
    expect(wrong).toEqual([]);
    expect(unexpected, "an action reached the unexpected-error path").not.toHaveBeenCalled();
    expect(await counts()).toEqual(before);
    const after = await db.story.findUniqueOrThrow({ where: { id: storyId } });
    expect(after).toMatchObject({ headline: "Hostile input target", version });
  });
});
