import type { JSONContent } from "@tiptap/core";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as articleRoute } from "@/app/(site)/news/[slug]/route";
import { GET as tagRoute } from "@/app/(site)/tags/[slug]/route";
import {
  addCommentRequest,
  removeCommentRequest,
  updateCommentRequest,
} from "@/lib/comment-requests/mutations";
import { addCorrection } from "@/lib/corrections/mutations";
import { db } from "@/lib/db/client";
import { addRelated } from "@/lib/related/mutations";
import { addSource, approveSource, updateSource } from "@/lib/sources/mutations";
import { loadGateInput } from "@/lib/stories/gate-input";
import { saveStory } from "@/lib/stories/mutations";
import { evaluatePublishGate } from "@/lib/stories/policy";
import { publishDueStories } from "@/lib/stories/scheduler";
import { publishStory } from "@/lib/stories/workflow";
import { updateTag } from "@/lib/tags/mutations";
import { signInAs } from "../helpers/auth-mock";
import { createStory, createUser, paragraphDoc, storyForm } from "../helpers/factories";
import { markedDoc } from "../helpers/documents";

vi.mock("@/lib/auth/auth", () => import("../helpers/auth-mock"));
// Next's own cache is not in play outside a Next server; the assertions below read the reader's pages.

// The sourcing rules hold at the seams: under a race, on a live story, and on the reader's page.

type User = Awaited<ReturnType<typeof createUser>>;
let reporter: User;
let editor: User;
let otherEditor: User;
let tagId: string;

const UNSUPPORTED = "The Harbour Authority did not respond to a request for comment.";

beforeAll(async () => {
  reporter = await createUser({ role: "REPORTER" });
  editor = await createUser({ role: "EDITOR" });
  otherEditor = await createUser({ role: "EDITOR" });
  const tag = await db.tag.create({ data: { name: "Harbour", slug: "harbour-rules" } });
  tagId = tag.id;
});

async function readyStory(status: "IN_REVIEW" | "PUBLISHED" = "IN_REVIEW", slug?: string) {
  const story = await createStory({
    authors: [reporter],
    status,
    slug,
    body: paragraphDoc("Dock workers walked out on Monday over pay."),
  });
  await db.storyTag.create({ data: { storyId: story.id, tagId, position: 0 } });
  if (status === "PUBLISHED")
    await db.story.update({ where: { id: story.id }, data: { firstPublishedAt: new Date() } });
  return story;
}

const gateOf = async (storyId: string) =>
  evaluatePublishGate(await db.$transaction((tx) => loadGateInput(tx, storyId)), new Date());

async function readerPage(slug: string) {
  const res = await articleRoute(new Request(`http://localhost/news/${slug}`), {
    params: Promise.resolve({ slug }),
  });
  return { status: res.status, body: await res.text(), location: res.headers.get("location") };
}

const anonymousSource = {
  anonymous: true,
  publicDescription: "a dock supervisor",
  headcount: 1,
  basisOfKnowledge: "saw the rosters",
  anonymityReason: "fears dismissal",
  privateIdentity: "Jane Roe",
  privateContact: "+1 555 0100",
};

describe("publish racing a save the gate refuses", () => {
  it("40 rounds leave no live story that fails the gate", async () => {
    signInAs(editor);
    const outcomes = { publishedFirst: 0, savedFirst: 0 };
    const ids: string[] = [];
    for (let round = 0; round < 40; round++) {
      const story = await readyStory();
      ids.push(story.id);
      const form = await storyForm(story.id);
      const delay = round % 22; // 0 to 21 ms after the publish starts
      const [published, saved] = await Promise.allSettled([
        publishStory(story.id),
        new Promise((r) => setTimeout(r, delay)).then(() =>
          saveStory({
            ...form,
            body: paragraphDoc("Dock workers walked out on Monday over pay.", UNSUPPORTED),
          }),
        ),
      ]);
      if (published.status === "fulfilled") {
        outcomes.publishedFirst++;
        // Then the save found a live story and was refused for the claim.
        expect(saved.status).toBe("rejected");
        if (saved.status === "rejected")
          expect(String(saved.reason.message)).toMatch(/This story is live, and this edit would/);
      } else {
        outcomes.savedFirst++;
        expect(String(published.reason.message)).toMatch(/no request for comment to The Harbour/);
      }
    }
    const live = await db.story.findMany({
      where: { id: { in: ids }, status: "PUBLISHED" },
      select: { id: true },
    });
    const failing = [];
    for (const s of live) if (!(await gateOf(s.id)).canPublish) failing.push(s.id);
    expect(failing).toEqual([]);
    expect(outcomes.publishedFirst + outcomes.savedFirst).toBe(40);
    console.info(`[race] 40 rounds: ${JSON.stringify(outcomes)}, live failing the gate: 0`);
  }, 240_000);
});

describe("the scheduler racing a save the gate refuses", () => {
  it("20 rounds: the scheduler holds the story or the save is refused, never both through", async () => {
    signInAs(editor);
    const ids: string[] = [];
    const outcomes = { held: 0, skippedThenHeld: 0, publishedAndSaveRefused: 0 };
    for (let round = 0; round < 20; round++) {
      const story = await readyStory();
      await db.story.update({
        where: { id: story.id },
        data: { status: "SCHEDULED", scheduledAt: new Date(Date.now() - 1000) },
      });
      ids.push(story.id);
      const form = await storyForm(story.id);
      const [, saved] = await Promise.allSettled([
        publishDueStories(),
        new Promise((r) => setTimeout(r, round % 11)).then(() =>
          saveStory({ ...form, body: paragraphDoc("Dock workers walked out.", UNSUPPORTED) }),
        ),
      ]);
      let { status } = await db.story.findUniqueOrThrow({ where: { id: story.id } });
      if (status === "SCHEDULED") {
        // The save held the row when the scheduler came: it skips a locked row (SKIP LOCKED, so
        // that two instances never wait on each other) and the next tick holds the story.
        outcomes.skippedThenHeld++;
        await publishDueStories();
        ({ status } = await db.story.findUniqueOrThrow({ where: { id: story.id } }));
        expect(status).toBe("IN_REVIEW");
      } else if (status === "PUBLISHED") {
        outcomes.publishedAndSaveRefused++;
        expect(saved.status).toBe("rejected");
      } else {
        outcomes.held++;
        expect(status).toBe("IN_REVIEW");
      }
    }
    const live = await db.story.findMany({
      where: { id: { in: ids }, status: "PUBLISHED" },
      select: { id: true },
    });
    for (const s of live) expect((await gateOf(s.id)).blocking).toEqual([]);
    console.info(`[scheduler race] 20 rounds: ${JSON.stringify(outcomes)}`);
  }, 240_000);
});

describe("approval is tied to what was approved", () => {
  it("an approver on the byline at publish time does not count", async () => {
    const story = await readyStory();
    signInAs(reporter);
    const { id } = await addSource(story.id, anonymousSource);
    await saveStory({
      ...(await storyForm(story.id)),
      body: markedDoc("Rosters were cut.", { type: "sourceRef", attrs: { sourceId: id } }),
    });
    signInAs(editor);
    await approveSource(id); // not on the byline: allowed
    // ...then the editor puts themselves on the byline.
    const form = await storyForm(story.id);
    await saveStory({ ...form, bylineIds: [...form.bylineIds, editor.id] });
    await expect(publishStory(story.id)).rejects.toThrow(
      /approved by an editor who is not on the byline \(its approver is on the byline now/,
    );
    signInAs(otherEditor);
    await approveSource(id);
    expect(await publishStory(story.id)).toEqual({ status: "PUBLISHED" });
  });

  it.each([
    ["identity", { privateIdentity: "John Doe" }],
    ["contact", { privateContact: "+1 555 0199" }],
    ["basis", { basisOfKnowledge: "heard it from a colleague" }],
    ["reason", { anonymityReason: "fears reprisal" }],
  ])("changing the source's %s clears the approval, and the writer is told", async (_, change) => {
    const story = await readyStory();
    signInAs(reporter);
    const { id } = await addSource(story.id, anonymousSource);
    signInAs(editor);
    await approveSource(id);
    signInAs(reporter);
    const result = await updateSource(id, { ...anonymousSource, ...change });
    expect(result).toMatchObject({
      approvalCleared: true,
      message: expect.stringContaining("the approval is cleared"),
    });
    expect((await db.source.findUniqueOrThrow({ where: { id } })).approvedAt).toBeNull();
  });
});

describe("a live story's edits keep it passing the gate", () => {
  it("refuses an anonymous source without a reason or approval", async () => {
    const story = await readyStory("PUBLISHED");
    signInAs(editor);
    await expect(
      addSource(story.id, { ...anonymousSource, anonymityReason: "" }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(
        /^This story is live, and adding this source would fail the publish checklist: .*has a reason for anonymity.*is approved by an editor/,
      ),
    });
    expect(await db.source.count({ where: { storyId: story.id } })).toBe(0);
  });

  it("refuses removing or changing the request behind a live 'did not respond'", async () => {
    const story = await readyStory("PUBLISHED");
    signInAs(editor);
    const request = {
      organisation: "Harbour Authority",
      channel: "EMAIL",
      sentAt: new Date(Date.now() - 3_600_000),
      outcome: "NO_RESPONSE",
    };
    const { id } = await addCommentRequest(story.id, request);
    await saveStory({
      ...(await storyForm(story.id)),
      body: paragraphDoc("Dock workers walked out.", UNSUPPORTED),
    });
    await expect(removeCommentRequest(id)).rejects.toThrow(
      /This story is live, and removing this request for comment would fail the publish checklist: “The Harbour Authority did not respond/,
    );
    await expect(updateCommentRequest(id, { ...request, outcome: "DECLINED" })).rejects.toThrow(
      /Harbour Authority is recorded as declined/,
    );
    expect(await db.commentRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      outcome: "NO_RESPONSE",
    });
  });

  it("refuses a text save that makes an unrecorded claim, and one that drops the last tag", async () => {
    const story = await readyStory("PUBLISHED");
    signInAs(editor);
    const form = await storyForm(story.id);
    await expect(
      saveStory({ ...form, body: paragraphDoc("Workers walked out.", UNSUPPORTED) }),
    ).rejects.toThrow(/This story is live, and this edit would fail the publish checklist/);
    await expect(saveStory({ ...form, tagIds: [] })).rejects.toThrow(/At least one tag/);
    expect((await db.story.findUniqueOrThrow({ where: { id: story.id } })).version).toBe(
      form.baseVersion,
    );
  });
});

describe("edits to a live story reach the reader's page on the next request", () => {
  it("sources, requests for comment, related, corrections, text and old addresses", async () => {
    const story = await readyStory("PUBLISHED", "harbour-walkout-live");
    signInAs(editor);
    const { id: sourceId } = await addSource(story.id, {
      ...anonymousSource,
      anonymous: false,
      publicDescription: "Mira Castell, the union's secretary",
    });
    const first = await readerPage(story.slug);
    expect(first.body).toContain("Mira Castell, the union&#39;s secretary");
    // Served from the reader's cache until something it shows changes.
    expect((await readerPage(story.slug)).body).toBe(first.body);

    await updateSource(sourceId, {
      ...anonymousSource,
      anonymous: false,
      publicDescription: "Mira Castell, the union's chair",
    });
    expect((await readerPage(story.slug)).body).toContain("Mira Castell, the union&#39;s chair");

    const { id: requestId } = await addCommentRequest(story.id, {
      organisation: "White House",
      channel: "EMAIL",
      sentAt: new Date(Date.now() - 3_600_000),
      outcome: "PENDING",
    });
    const withRequest = (await readerPage(story.slug)).body;
    expect(withRequest).toContain("We asked <strong>the White House</strong> for comment by email");
    expect(withRequest).toContain("The White House has not yet responded");
    await updateCommentRequest(requestId, {
      organisation: "White House",
      channel: "EMAIL",
      sentAt: new Date(Date.now() - 3_600_000),
      outcome: "DECLINED",
    });
    expect((await readerPage(story.slug)).body).toContain("The White House declined to comment");

    await addRelated(story.id, {
      kind: "external",
      url: "https://example.org/harbour",
      outlet: "Example Gazette",
      headline: "Harbour talks resume",
      excerpt: "",
    });
    expect((await readerPage(story.slug)).body).toContain("Harbour talks resume");

    await addCorrection(story.id, { kind: "CORRECTION", text: "The strike began on Monday." });
    expect((await readerPage(story.slug)).body).toContain("The strike began on Monday.");

    // A rename: the new address shows the story, the old one (cached a moment ago) redirects.
    await saveStory({ ...(await storyForm(story.id)), slug: "harbour-walkout-renamed" });
    const old = await readerPage("harbour-walkout-live");
    expect(old.status).toBeGreaterThanOrEqual(301);
    expect(old.status).toBeLessThanOrEqual(308);
    expect(old.location).toContain("/news/harbour-walkout-renamed");
    expect((await readerPage("harbour-walkout-renamed")).body).toContain(
      "The strike began on Monday.",
    );
  });
});

describe("a tag's change reaches the pages of the stories that show it", () => {
  it("renaming a tag shows the new name on a cached article page", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const tag = await db.tag.create({ data: { name: "Quayside", slug: "quayside" } });
    const story = await readyStory("PUBLISHED", "quayside-story");
    await db.storyTag.create({ data: { storyId: story.id, tagId: tag.id, position: 1 } });
    expect((await readerPage(story.slug)).body).toContain("#Quayside");
    signInAs(admin);
    await updateTag(tag.id, { name: "Quayside Market", slug: "quayside", kind: "TOPIC" });
    expect((await readerPage(story.slug)).body).toContain("#Quayside Market");
  });
});

describe("inline tag links and the story's tags agree", () => {
  it("linking words to a tag tags the story; the writer may remove it, with a warning", async () => {
    const linked = await db.tag.create({ data: { name: "Dockers Union", slug: "dockers-union" } });
    const story = await readyStory("PUBLISHED", "dockers-tagged-by-link");
    signInAs(editor);
    const tagPage = async () =>
      (
        await tagRoute(new Request("http://localhost/tags/dockers-union"), {
          params: Promise.resolve({ slug: "dockers-union" }),
        })
      ).text();
    expect(await tagPage()).not.toContain("dockers-tagged-by-link");
    const form = await storyForm(story.id);
    const body: JSONContent = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Members of the " },
            {
              type: "text",
              text: "dockers' union",
              marks: [{ type: "tagLink", attrs: { tagId: linked.id, slug: linked.slug } }],
            },
            { type: "text", text: " walked out." },
          ],
        },
      ],
    };
    const saved = await saveStory({ ...form, body });
    expect(saved).toMatchObject({ saved: true, linkedTagsAdded: [linked.id] });
    expect((await storyForm(story.id)).tagIds).toEqual([tagId, linked.id]);
    expect(await tagPage()).toContain("dockers-tagged-by-link");

    // The writer takes the tag off again: it stays off, and the checklist warns.
    await saveStory({ ...(await storyForm(story.id)), tagIds: [tagId] });
    expect((await storyForm(story.id)).tagIds).toEqual([tagId]);
    const gate = await gateOf(story.id);
    expect(gate.warnings.map((w) => w.message)).toContain(
      "The text links “dockers' union” to a tag the story is not tagged with; readers of that tag's page will not find this story",
    );
    expect(await tagPage()).not.toContain("dockers-tagged-by-link");
  });
});
