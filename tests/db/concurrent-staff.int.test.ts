// Many staff at once on one database, as a newsroom works: 2,000 requests from five people in
// parallel (an author saving and sending heartbeats, an editor and an admin opening the story, two
// reporters who are not its authors probing it and an admin-only page). Every answer must be the
// requester's own: their name, their permissions, the private source shown only to those who may
// see it. Then transactions side by side must not see, or undo, each other's writes. Runs on
// TEST_DATABASE_URL's PostgreSQL and on the embedded database alike (TEST_DATABASE_URL unset).
import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, inject, it, vi } from "vitest";
import { ForbiddenError } from "../../lib/shared/errors";
import { db } from "../../lib/db/client";
import { getStoryForEditor, type EditorData } from "../../lib/stories/queries";
import { saveStory } from "../../lib/stories/mutations";
import { touchPresence } from "../../lib/stories/presence";
import { getOwnAccount, listStaff } from "../../lib/users/queries";
import { createStory, createUser, paragraphDoc } from "../helpers/factories";
import { asUser } from "../helpers/request-auth";
import { runJobs } from "../helpers/run-jobs";

vi.mock("@/lib/auth/auth", () => import("../helpers/request-auth"));

const REQUESTS = 2_000;
// Within the app's pool of ten on PostgreSQL, so that waits are for the database, not for Prisma's
// 2 s to get a connection.
const IN_FLIGHT = 8;
const SECRET = "Marta Kovač, deputy harbour master";

type Staff = Awaited<ReturnType<typeof createUser>>;
let author: Staff, editor: Staff, admin: Staff, outsiders: Staff[];
let storyId: string;

beforeAll(async () => {
  author = await createUser({ role: "REPORTER", name: "Asha Author" });
  editor = await createUser({ role: "EDITOR", name: "Eero Editor" });
  admin = await createUser({ role: "ADMIN", name: "Ada Admin" });
  outsiders = [
    await createUser({ role: "REPORTER", name: "Otto Outsider" }),
    await createUser({ role: "REPORTER", name: "Olga Outsider" }),
  ];
  const story = await createStory({ authors: [author], headline: "Harbour dredging contract" });
  storyId = story.id;
  await db.source.create({
    data: {
      storyId,
      position: 0,
      anonymous: true,
      publicDescription: "an official at the port authority",
      anonymityReason: "would lose their job",
      privateIdentity: SECRET,
      privateContact: "+47 000 00 000",
    },
  });
});

/** Prisma's messages start with the call site; the cause is on the last line. */
const lastLine = (message: string) => message.trim().split("\n").pop() ?? message;

const request = <T>(who: Staff, fn: () => Promise<T>) => asUser(who, fn);

function saveInput(version: number, n: number) {
  return {
    storyId,
    baseVersion: version,
    headline: "Harbour dredging contract",
    summary: `Draft ${n}`,
    dateline: "HALVERN",
    slug: "harbour-dredging-contract",
    body: paragraphDoc(`The port awarded the contract without a tender (draft ${n}).`),
    bylineIds: [author.id],
    tagIds: [],
  };
}

describe("parallel staff on one database", () => {
  it(
    `answers each of ${REQUESTS.toLocaleString("en")} parallel requests as its own requester`,
    { timeout: 300_000 },
    async () => {
      const problems: string[] = [];
      const tally = { saved: 0, conflicts: 0, refused: 0 };
      let version = 1;
      const insiders = [author, editor, admin];
      const jobs: (() => Promise<void>)[] = [];
      for (let i = 0; i < REQUESTS; i++) {
        const kind = i % 8;
        if (kind === 0) {
          // The author saves on top of the version they last saw; parallel saves may conflict.
          jobs.push(async () => {
            const outcome = await request(author, () => saveStory(saveInput(version, i)));
            if (outcome.saved) {
              version = Math.max(version, outcome.version);
              tally.saved++;
            } else {
              version = Math.max(version, outcome.conflict.version);
              tally.conflicts++;
            }
          });
        } else if (kind === 1) {
          const who = insiders[i % 3] as Staff;
          jobs.push(async () => {
            const here = await request(who, () => touchPresence(storyId));
            if (here.others.some((o) => o.id === who.id))
              problems.push(`heartbeat of ${who.name} lists them as someone else`);
          });
        } else if (kind === 2) {
          const who = outsiders[i % 2] as Staff;
          jobs.push(async () => {
            const answer = await request(who, () => touchPresence(storyId)).catch(
              (e: unknown) => e,
            );
            if (answer instanceof ForbiddenError) tally.refused++;
            else problems.push(`heartbeat ran for ${who.name}, who is not an author`);
          });
        } else if (kind === 3) {
          const who = i % 3 === 0 ? admin : (outsiders[i % 2] as Staff);
          jobs.push(async () => {
            const answer = await request(who, () => listStaff()).catch((e: unknown) => e);
            if (who === admin) {
              if (!Array.isArray(answer)) problems.push(`the admin's staff list failed: ${answer}`);
            } else if (answer instanceof ForbiddenError) tally.refused++;
            else problems.push(`${who.name} got past the admin-only staff list`);
          });
        } else if (kind === 4) {
          const who = [author, editor, admin, ...outsiders][i % 5] as Staff;
          jobs.push(async () => {
            const me = await request(who, () => getOwnAccount());
            if (me.id !== who.id || me.name !== who.name)
              problems.push(`${who.name} was shown the account of ${me.name}`);
          });
        } else {
          const who = [author, editor, admin, ...outsiders][i % 5] as Staff;
          const mayView = who !== outsiders[0] && who !== outsiders[1];
          jobs.push(async () => {
            const page = await request(who, () => getStoryForEditor(storyId)).catch(
              (e: unknown) => e,
            );
            if (!mayView) {
              if (page instanceof ForbiddenError) tally.refused++;
              else problems.push(`${who.name} opened a story they are not an author of`);
              return;
            }
            if (!page || page instanceof Error) throw page ?? new Error("story not found");
            const data = page as EditorData;
            if (data.user.id !== who.id || data.user.name !== who.name)
              problems.push(`${who.name}'s editor page was rendered for ${data.user.name}`);
            if (!data.permissions.viewPrivate || data.sources[0]?.privateIdentity !== SECRET)
              problems.push(`${who.name}'s editor page lacks the private fields they may see`);
            if (data.permissions.publish !== (who.role !== "REPORTER"))
              problems.push(`${who.name}'s editor page has someone else's permissions`);
          });
        }
      }

      // IN_FLIGHT requests at a time; an unexpected exception is what a 500 would be.
      const started = Date.now();
      await runJobs(jobs, IN_FLIGHT, (e) =>
        problems.push(`error: ${e instanceof Error ? lastLine(e.message) : String(e)}`),
      );

      console.log(
        `[concurrent-staff] ${REQUESTS} requests, ${IN_FLIGHT} in flight: ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
          `${tally.saved} saved, ${tally.conflicts} save conflicts, ${tally.refused} refused`,
      );
      expect(problems.slice(0, 10), `${problems.length} wrong answers`).toEqual([]);
      expect(tally.saved).toBeGreaterThan(0);
      expect(tally.refused).toBeGreaterThan(REQUESTS / 10);
      // Every save is recorded as the author's, in one unbroken run of versions.
      const revisions = await db.revision.findMany({
        where: { storyId },
        select: { version: true, savedById: true },
        orderBy: { version: "asc" },
      });
      expect(revisions.filter((r) => r.version > 1).every((r) => r.savedById === author.id)).toBe(
        true,
      );
      expect(revisions.map((r) => r.version)).toEqual(
        Array.from({ length: tally.saved }, (_, k) => k + 2),
      );
      // The embedded database's server log: nothing it had to drop or clean up.
      const log = inject("embeddedDatabaseLog");
      if (log && existsSync(log)) expect(readFileSync(log, "utf8").trim()).toBe("");
    },
  );

  it("keeps concurrent transactions apart: no one sees, or undoes, another's uncommitted writes", async () => {
    const pairs = 4; // eight transactions at once: within the pool of ten on PostgreSQL
    const results = await Promise.all(
      Array.from({ length: pairs }, async (_, k) => {
        const rolledBack = `rolled-back-${k}`;
        const committed = `committed-${k}`;
        // A writes a tag, waits, then fails and rolls back; B starts meanwhile, writes and commits.
        const a = db
          .$transaction(async (tx) => {
            await tx.tag.create({ data: { name: rolledBack, slug: rolledBack } });
            await new Promise((r) => setTimeout(r, 150));
            throw new Error("A changes its mind");
          })
          .catch((e: unknown) => (e as Error).message);
        await new Promise((r) => setTimeout(r, 20));
        const seenByB = await db.$transaction(async (tx) => {
          const seen = await tx.tag.count({ where: { slug: rolledBack } });
          await tx.tag.create({ data: { name: committed, slug: committed } });
          return seen;
        });
        return { a: await a, seenByB, rolledBack, committed };
      }),
    );
    for (const r of results) {
      expect(r.a).toBe("A changes its mind");
      expect(r.seenByB, `B saw A's uncommitted ${r.rolledBack}`).toBe(0);
    }
    const slugs = (await db.tag.findMany({ select: { slug: true } })).map((t) => t.slug);
    for (const r of results) {
      expect(slugs).toContain(r.committed);
      expect(slugs).not.toContain(r.rolledBack);
    }
  });
});
