import { beforeEach, describe, expect, it, vi } from "vitest";
import { ForbiddenError } from "../../lib/shared/errors";
import {
  addCommentRequest,
  moveCommentRequest,
  removeCommentRequest,
} from "../../lib/comment-requests/mutations";
import { addCorrection } from "../../lib/corrections/mutations";
import { db } from "../../lib/db/client";
import { searchPublishedStories } from "../../lib/related/editor-queries";
import { addRelated, moveRelated } from "../../lib/related/mutations";
import { moveSource, addSource } from "../../lib/sources/mutations";
import { signInAs } from "../helpers/auth-mock";
import { createStory, createUser, reporterWithDraft } from "../helpers/factories";
import { invalidated, invalidateTags } from "../helpers/invalidate-spy";

vi.mock("@/lib/auth/auth", () => import("../helpers/auth-mock"));

const named = { anonymous: false, publicDescription: "the mayor", headcount: 1 };

describe("reporting panels", () => {
  beforeEach(() => invalidateTags.mockClear());

  it("reorders sources and requests for comment, and removes a request", async () => {
    const { reporter, story } = await reporterWithDraft();
    signInAs(reporter);
    const a = await addSource(story.id, { ...named, publicDescription: "first" });
    await addSource(story.id, { ...named, publicDescription: "second" });
    await moveSource({ id: a.id, direction: "down" });
    expect(
      (
        await db.source.findMany({ where: { storyId: story.id }, orderBy: { position: "asc" } })
      ).map((s) => s.publicDescription),
    ).toEqual(["second", "first"]);
    const sentAt = new Date();
    const r1 = await addCommentRequest(story.id, {
      organisation: "City Hall",
      channel: "EMAIL",
      sentAt,
      outcome: "PENDING",
    });
    const r2 = await addCommentRequest(story.id, {
      organisation: "Port authority",
      channel: "FAX",
      sentAt,
      outcome: "NO_RESPONSE",
    });
    await moveCommentRequest({ id: r2.id, direction: "up" });
    expect(
      (
        await db.commentRequest.findMany({
          where: { storyId: story.id },
          orderBy: { position: "asc" },
        })
      ).map((r) => r.organisation),
    ).toEqual(["Port authority", "City Hall"]);
    await removeCommentRequest(r1.id);
    expect(await db.commentRequest.count({ where: { storyId: story.id } })).toBe(1);
    // Each change is in the audit log, under its domain's verb, with the story it belongs to.
    const log = await db.auditLog.findMany({
      where: { actorId: reporter.id },
      select: { action: true, entityType: true, entityId: true, details: true },
    });
    expect(log.map((e) => e.action).sort()).toEqual([
      "comment_request.add",
      "comment_request.add",
      "comment_request.remove",
      "source.add",
      "source.add",
    ]);
    expect(log.find((e) => e.action === "comment_request.remove")).toEqual({
      action: "comment_request.remove",
      entityType: "comment_request",
      entityId: r1.id,
      details: { storyId: story.id },
    });
    await expect(
      addCommentRequest(story.id, {
        organisation: "",
        channel: "EMAIL",
        sentAt,
        outcome: "PENDING",
      }),
    ).rejects.toThrow(/Which organisation/);
  });

  it("relates only our published stories, refuses unsafe external links, and refreshes a live page", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const live = await createStory({
      authors: [editor],
      status: "PUBLISHED",
      headline: "Ferry timetable cut for winter",
    });
    const draft = await createStory({ authors: [editor], headline: "Ferry draft not yet out" });
    const target = await createStory({
      authors: [editor],
      status: "PUBLISHED",
      headline: "Ferry operator sold",
    });
    signInAs(editor);
    expect((await searchPublishedStories("ferry", live.id)).map((s) => s.headline)).toEqual([
      "Ferry operator sold",
    ]);
    await expect(
      addRelated(live.id, { kind: "internal", targetStoryId: draft.id }),
    ).rejects.toThrow(/published/);
    await expect(
      addRelated(live.id, {
        kind: "external",
        url: "javascript:alert(1)",
        outlet: "X",
        headline: "Y",
      }),
    ).rejects.toThrow(/http/);
    const first = await addRelated(live.id, { kind: "internal", targetStoryId: target.id });
    await addRelated(live.id, {
      kind: "external",
      url: "https://example.com/ferries",
      outlet: "Wire",
      headline: "Ferries across the region",
    });
    await expect(
      addRelated(live.id, { kind: "internal", targetStoryId: target.id }),
    ).rejects.toThrow(/already/);
    await moveRelated({ id: first.id, direction: "down" });
    expect(
      (
        await db.relatedLink.findMany({ where: { storyId: live.id }, orderBy: { position: "asc" } })
      ).map((r) => r.targetStoryId ?? r.url),
    ).toEqual(["https://example.com/ferries", target.id]);
    expect(invalidated()).toContain(`story:${live.id}`);
    const log = await db.auditLog.findMany({
      where: { actorId: editor.id },
      select: { action: true, entityType: true, details: true },
    });
    expect(log).toEqual([
      { action: "related.add", entityType: "related_link", details: expect.anything() },
      { action: "related.add", entityType: "related_link", details: expect.anything() },
    ]);
    expect(
      log.map((e) => e.details).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ).toEqual([
      { storyId: live.id, kind: "external" },
      { storyId: live.id, kind: "internal" },
    ]);
  });

  it("adds corrections to published stories only, by the desk, and refreshes the article", async () => {
    const reporter = await createUser({ role: "REPORTER" });
    const editor = await createUser({ role: "EDITOR" });
    const live = await createStory({ authors: [reporter], status: "PUBLISHED" });
    await db.story.update({ where: { id: live.id }, data: { firstPublishedAt: new Date() } });
    const draft = await createStory({ authors: [reporter] });
    signInAs(reporter);
    await expect(
      addCorrection(live.id, {
        kind: "CORRECTION",
        text: "An earlier version misspelt the mayor's name.",
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    signInAs(editor);
    await expect(addCorrection(draft.id, { kind: "CORRECTION", text: "x" })).rejects.toThrow(
      /published/,
    );
    await addCorrection(live.id, {
      kind: "CORRECTION",
      text: "An earlier version misspelt the mayor's name.",
    });
    expect(await db.correction.count({ where: { storyId: live.id } })).toBe(1);
    expect(invalidated()).toEqual(
      expect.arrayContaining([`story:${live.id}`, `story-slug:${live.slug}`]),
    );
  });
});
