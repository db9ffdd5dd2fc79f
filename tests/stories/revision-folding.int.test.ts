// Revisions that do not grow without end: one writer's autosaves within FOLD_WINDOW_MS fold into one
// revision, while every explicit save, workflow step, restore and other writer keeps its own. The
// clock is the save's own `now` (the domain's time parameter), so a ten-minute session takes no ten
// minutes. Runs on TEST_DATABASE_URL's PostgreSQL and on the embedded database alike.
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/auth", () => import("../helpers/request-auth"));

import { POST } from "@/app/(admin)/admin/stories/[id]/autosave/route";
import { db } from "../../lib/db/client";
import { createStory, saveStory, type SaveHow } from "../../lib/stories/mutations";
import { FOLD_WINDOW_MS } from "../../lib/stories/revision-policy";
import { diffRevisions, listRevisions, restoreRevision } from "../../lib/stories/revisions";
import { submitStory } from "../../lib/stories/workflow";
import { createUser, paragraphDoc, storyForm } from "../helpers/factories";
import { asUser } from "../helpers/request-auth";

type Staff = Awaited<ReturnType<typeof createUser>>;

const SECOND = 1000;
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

/** A story made the way the newsroom makes one: its first revision is "Created". */
async function newStory(author: Staff) {
  const { id } = await asUser(author, () => createStory({ headline: "Harbour dredging contract" }));
  return id;
}

/** The usual opening: Rita's new story, and the time her session starts (after its creation). */
async function ritasStory() {
  const author = await createUser({ role: "REPORTER", name: "Rita Reporter" });
  return { author, storyId: await newStory(author), start: new Date() };
}

/** One save of the writer's text on top of the story's current version. */
async function write(who: Staff, storyId: string, text: string, how: SaveHow) {
  const form = await storyForm(storyId);
  const outcome = await asUser(who, () =>
    saveStory({ ...form, body: paragraphDoc(text), bylineIds: form.bylineIds }, how),
  );
  if (!outcome.saved) throw new Error(`${who.name}'s save of "${text}" met a conflict`);
  return outcome;
}

async function revisions(storyId: string) {
  const rows = await db.revision.findMany({
    where: { storyId },
    orderBy: { version: "asc" },
    select: {
      version: true,
      kind: true,
      autosaves: true,
      steps: true,
      savedAt: true,
      lastSavedAt: true,
      savedById: true,
      snapshot: true,
    },
  });
  return rows.map(({ snapshot, ...r }) => ({ ...r, text: textOf(snapshot) }));
}

function textOf(snapshot: unknown): string {
  const body = (snapshot as { body: { content?: { content?: { text: string }[] }[] } }).body;
  return (body.content ?? []).map((p) => (p.content ?? []).map((t) => t.text).join("")).join("\n");
}

describe("revision folding", () => {
  it("30 autosaves by one writer within the window are one revision holding the last text", async () => {
    const { author, storyId, start } = await ritasStory();
    for (let i = 1; i <= 30; i++)
      await write(author, storyId, `Draft ${i}`, {
        kind: "AUTOSAVE",
        now: at(start, i * 2 * SECOND),
      });

    const rows = await revisions(storyId);
    expect(rows.map((r) => r.kind)).toEqual(["CREATE", "AUTOSAVE"]);
    const run = rows[1];
    // The run sits at the story's version, with the last text, and says when it began and ended.
    expect(run).toMatchObject({
      version: 31,
      text: "Draft 30",
      autosaves: 30,
      savedById: author.id,
      savedAt: at(start, 2 * SECOND),
      lastSavedAt: at(start, 60 * SECOND),
    });
    const story = await db.story.findUniqueOrThrow({ where: { id: storyId } });
    expect(story).toMatchObject({ version: 31, bodyText: "Draft 30" });
  });

  it("an explicit save starts a revision of its own, and is never folded into", async () => {
    const { author, storyId, start } = await ritasStory();
    await write(author, storyId, "Draft 1", { kind: "AUTOSAVE", now: at(start, 2 * SECOND) });
    await write(author, storyId, "Draft 2", { kind: "AUTOSAVE", now: at(start, 4 * SECOND) });
    await write(author, storyId, "Saved draft", { kind: "SAVE", now: at(start, 5 * SECOND) });
    await write(author, storyId, "Draft 3", { kind: "AUTOSAVE", now: at(start, 7 * SECOND) });
    await write(author, storyId, "Draft 4", { kind: "AUTOSAVE", now: at(start, 9 * SECOND) });
    // Two saves in a row are two revisions, whatever the clock says.
    await write(author, storyId, "Saved again", { kind: "SAVE", now: at(start, 10 * SECOND) });
    await write(author, storyId, "Saved once more", { kind: "SAVE", now: at(start, 11 * SECOND) });

    expect((await revisions(storyId)).map((r) => [r.version, r.kind, r.autosaves, r.text])).toEqual(
      [
        [1, "CREATE", 0, ""],
        [3, "AUTOSAVE", 2, "Draft 2"],
        [4, "SAVE", 0, "Saved draft"],
        [6, "AUTOSAVE", 2, "Draft 4"],
        [7, "SAVE", 0, "Saved again"],
        [8, "SAVE", 0, "Saved once more"],
      ],
    );
  });

  it("an autosave once the run is FOLD_WINDOW_MS old starts a new revision", async () => {
    const { author, storyId, start } = await ritasStory();
    await write(author, storyId, "First minute", { kind: "AUTOSAVE", now: start });
    // The window runs from the run's first autosave, not its last: a writer who never pauses for
    // long still gets a revision every five minutes.
    await write(author, storyId, "Just inside", {
      kind: "AUTOSAVE",
      now: at(start, FOLD_WINDOW_MS - SECOND),
    });
    await write(author, storyId, "Just outside", {
      kind: "AUTOSAVE",
      now: at(start, FOLD_WINDOW_MS),
    });

    const rows = await revisions(storyId);
    expect(rows.map((r) => [r.kind, r.autosaves, r.text])).toEqual([
      ["CREATE", 0, ""],
      ["AUTOSAVE", 2, "Just inside"],
      ["AUTOSAVE", 1, "Just outside"],
    ]);
    expect(rows[2]).toMatchObject({ savedAt: at(start, FOLD_WINDOW_MS), lastSavedAt: null });
  });

  it("two writers alternating keep separate revisions; none is lost", async () => {
    const reporter = await createUser({ role: "REPORTER", name: "Rita Reporter" });
    const editor = await createUser({ role: "EDITOR", name: "Edna Editor" });
    const storyId = await newStory(reporter);
    const start = new Date();
    const turns: [Staff, string][] = [
      [reporter, "Rita 1"],
      [reporter, "Rita 2"],
      [editor, "Edna 1"],
      [reporter, "Rita 3"],
      [editor, "Edna 2"],
      [editor, "Edna 3"],
    ];
    for (const [i, [who, text]] of turns.entries())
      await write(who, storyId, text, { kind: "AUTOSAVE", now: at(start, (i + 1) * 2 * SECOND) });

    expect(
      (await revisions(storyId)).map((r) => [r.version, r.savedById, r.autosaves, r.text]),
    ).toEqual([
      [1, reporter.id, 0, ""],
      [3, reporter.id, 2, "Rita 2"],
      [4, editor.id, 1, "Edna 1"],
      [5, reporter.id, 1, "Rita 3"],
      [7, editor.id, 2, "Edna 3"],
    ]);
  });

  it("two writers racing on one version: one saves, the other meets a conflict, no revision is lost", async () => {
    const reporter = await createUser({ role: "REPORTER", name: "Rita Reporter" });
    const editor = await createUser({ role: "EDITOR", name: "Edna Editor" });
    // Four races, each writer sent first in two of them: whoever wins, the history must hold.
    for (let round = 0; round < 4; round++) {
      const storyId = await newStory(reporter);
      const start = new Date();
      await write(reporter, storyId, "Rita's run", {
        kind: "AUTOSAVE",
        now: at(start, 2 * SECOND),
      });
      const base = await storyForm(storyId);
      const send = (who: Staff, text: string) =>
        asUser(who, () =>
          saveStory(
            { ...base, body: paragraphDoc(text) },
            { kind: "AUTOSAVE", now: at(start, 4 * SECOND) },
          ),
        );
      // Both on version 2 at once: the reporter's would fold into her run, the editor's must not.
      const racers = [
        () => send(reporter, "Rita's next words"),
        () => send(editor, "Edna's words"),
      ];
      const [mine, theirs] =
        round % 2 === 0
          ? await Promise.all([racers[0](), racers[1]()])
          : await Promise.all([racers[1](), racers[0]()]).then(([e, r]) => [r, e]);
      expect([mine.saved, theirs.saved].sort()).toEqual([false, true]);
      const winner = mine.saved ? "Rita's next words" : "Edna's words";
      const rows = await revisions(storyId);
      const story = await db.story.findUniqueOrThrow({ where: { id: storyId } });
      expect(story).toMatchObject({ version: 3, bodyText: winner });
      // The current version's revision holds the winner's text; when the editor won, the
      // reporter's run is still there as it was (not folded into someone else's).
      expect(rows.at(-1)).toMatchObject({ version: 3, text: winner });
      expect(rows.map((r) => r.text)).toEqual(
        mine.saved ? ["", "Rita's next words"] : ["", "Rita's run", "Edna's words"],
      );
      // The one who lost takes over (the conflict panel's "Keep mine"): a revision of their own.
      const loser = mine.saved ? editor : reporter;
      await write(loser, storyId, "Taken over", { kind: "SAVE", now: at(start, 6 * SECOND) });
      const after = await revisions(storyId);
      expect(after.at(-1)).toMatchObject({ version: 4, kind: "SAVE", savedById: loser.id });
      expect(after.slice(0, -1)).toEqual(rows);
    }
  });

  it("a workflow step keeps the version it was taken on: later autosaves start a new revision", async () => {
    const { author, storyId, start } = await ritasStory();
    await write(author, storyId, "Ready for the desk", { kind: "AUTOSAVE", now: start });
    await asUser(author, () => submitStory(storyId));
    await write(author, storyId, "A late fix", { kind: "AUTOSAVE", now: at(start, 2 * SECOND) });
    await write(author, storyId, "A later fix", { kind: "AUTOSAVE", now: at(start, 4 * SECOND) });

    expect(
      (await revisions(storyId)).map((r) => [r.version, r.steps, r.autosaves, r.text]),
    ).toEqual([
      [1, [], 0, ""],
      [2, ["IN_REVIEW"], 1, "Ready for the desk"],
      [4, [], 2, "A later fix"],
    ]);
  });

  it("a restore keeps its own revision, between autosave runs of the same writer", async () => {
    const { author, storyId, start } = await ritasStory();
    await write(author, storyId, "The vote is on Tuesday.", { kind: "SAVE", now: start });
    await write(author, storyId, "The vote is on Thursday.", {
      kind: "AUTOSAVE",
      now: at(start, 2 * SECOND),
    });
    const tuesday = await db.revision.findFirstOrThrow({ where: { storyId, version: 2 } });
    expect(
      await asUser(author, () =>
        restoreRevision({ storyId, revisionId: tuesday.id, baseVersion: 3 }),
      ),
    ).toMatchObject({ saved: true, version: 4 });
    await write(author, storyId, "The vote is on Tuesday, at noon.", {
      kind: "AUTOSAVE",
      now: at(start, 4 * SECOND),
    });

    expect((await revisions(storyId)).map((r) => [r.version, r.kind, r.text])).toEqual([
      [1, "CREATE", ""],
      [2, "SAVE", "The vote is on Tuesday."],
      [3, "AUTOSAVE", "The vote is on Thursday."],
      [4, "RESTORE", "The vote is on Tuesday."],
      [5, "AUTOSAVE", "The vote is on Tuesday, at noon."],
    ]);
  });

  it("the revision list and the diff work across folded versions", async () => {
    const { author, storyId, start } = await ritasStory();
    await write(author, storyId, "The vote is on Tuesday.", { kind: "SAVE", now: start });
    for (let i = 1; i <= 5; i++)
      await write(
        author,
        storyId,
        i < 5 ? `The vote is on Thursday ${i}.` : "The vote is on Thursday.",
        {
          kind: "AUTOSAVE",
          now: at(start, i * 2 * SECOND),
        },
      );

    const list = await asUser(author, () => listRevisions(storyId));
    expect(list.map((r) => [r.version, r.kind, r.autosaves, r.savedBy?.name])).toEqual([
      [7, "AUTOSAVE", 5, "Rita Reporter"],
      [2, "SAVE", 0, "Rita Reporter"],
      [1, "CREATE", 0, "Rita Reporter"],
    ]);
    expect(list[0]).toMatchObject({
      savedAt: at(start, 2 * SECOND),
      lastSavedAt: at(start, 10 * SECOND),
    });
    // The versions folded away have no revision; the listed ones compare as before.
    const diff = await asUser(author, () => diffRevisions(storyId, 2, 7));
    expect(diff.body.flat()).toEqual(
      expect.arrayContaining([
        { type: "removed", text: "Tuesday" },
        { type: "added", text: "Thursday" },
      ]),
    );
    await expect(asUser(author, () => diffRevisions(storyId, 3, 7))).rejects.toThrow(/revision/);
  });

  it("the keepalive autosave route folds like the editor's autosave", async () => {
    const { author, storyId } = await ritasStory();
    const headers = {
      host: "newsroom.test",
      origin: "http://newsroom.test",
      "content-type": "application/json",
    };
    for (const text of ["Closing the tab", "Closing the tab again"]) {
      const form = await storyForm(storyId);
      const request = new Request(`http://newsroom.test/admin/stories/${storyId}/autosave`, {
        method: "POST",
        headers,
        body: JSON.stringify({ ...form, body: paragraphDoc(text) }),
      });
      const response = await asUser(author, () =>
        POST(request, { params: Promise.resolve({ id: storyId }) }),
      );
      expect(response.status).toBe(200);
    }
    expect((await revisions(storyId)).map((r) => [r.kind, r.autosaves, r.text])).toEqual([
      ["CREATE", 0, ""],
      ["AUTOSAVE", 2, "Closing the tab again"],
    ]);
  });

  it(
    "a ten-minute session of autosaves every 2 s writes 300 revisions without folding, 2 with it",
    { timeout: 300_000 },
    async () => {
      const author = await createUser({ role: "REPORTER", name: "Rita Reporter" });
      const session = async (kind: SaveHow["kind"]) => {
        const storyId = await newStory(author);
        const start = new Date();
        let base = await storyForm(storyId);
        for (let i = 1; i <= 300; i++) {
          const outcome = await asUser(author, () =>
            saveStory(
              { ...base, body: paragraphDoc(`Words after ${i * 2} seconds.`) },
              { kind, now: at(start, i * 2 * SECOND) },
            ),
          );
          if (!outcome.saved) throw new Error("conflict");
          base = { ...base, baseVersion: outcome.version };
        }
        return db.revision.count({ where: { storyId, kind: { not: "CREATE" } } });
      };
      // Before folding every autosave was a revision of its own, as every SAVE still is.
      expect(await session("SAVE")).toBe(300);
      expect(await session("AUTOSAVE")).toBe(2);
    },
  );
});
