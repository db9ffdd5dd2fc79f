import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { isCached } from "@/lib/reader/page-cache";
import { GET as article } from "@/app/(site)/news/[slug]/route";
import { backfillRelatedLists } from "@/lib/related/backfill";
import { getRelatedStories } from "@/lib/related/public-queries";
import { saveStory } from "@/lib/stories/mutations";
import { publishStory, unpublishStory } from "@/lib/stories/workflow";
import { signInAs } from "../helpers/auth-mock";
import { createStory, createUser, paragraphDoc, storyForm } from "../helpers/factories";

vi.mock("@/lib/auth/auth", () => import("../helpers/auth-mock"));

// Related lists stored when a story is published, edited or retagged (lib/related/stored.ts), the
// backfill for stories already in the database, and the page that ranks per request meanwhile.

const req = (path: string) => new Request(`http://localhost${path}`);
const params = (slug: string) => ({ params: Promise.resolve({ slug }) });
const page = async (slug: string) => {
  const res = await article(req(`/news/${slug}`), params(slug));
  expect(res.status).toBe(200);
  const body = await res.text();
  return body.slice(body.indexOf('id="related"'));
};
const listOf = async (storyId: string) =>
  (await db.relatedList.findUnique({ where: { storyId } }))?.relatedIds;
const articleOf = async (id: string) => {
  const s = await db.story.findUniqueOrThrow({
    where: { id },
    select: { id: true, headline: true, summary: true, tags: { select: { tag: true } } },
  });
  return s;
};

let editor: Awaited<ReturnType<typeof createUser>>;
let ferries: { id: string };
let weather: { id: string };
let harbour: { id: string; slug: string };
let pier: { id: string; slug: string };
let storm: { id: string; slug: string };
let fresh: { id: string; slug: string };

async function tagged(story: { id: string }, tagId: string) {
  await db.storyTag.create({ data: { storyId: story.id, tagId, position: 0 } });
}

/** A story published `days` ago, by the editor, with one paragraph. */
function archived(days: number, slug: string, headline: string, text: string) {
  const publishedAt = new Date(Date.now() - days * 86_400_000);
  const body = paragraphDoc(text);
  return createStory({ authors: [editor], status: "PUBLISHED", publishedAt, slug, headline, body });
}

beforeAll(async () => {
  editor = await createUser({ role: "EDITOR", name: "Desk Editor" });
  ferries = await db.tag.create({ data: { name: "Ferry strikes", slug: "ferry-strikes" } });
  weather = await db.tag.create({ data: { name: "Storms", slug: "storms" } });
  // An archive that arrived by import: published rows written straight to the database.
  harbour = await archived(
    3,
    "harbour-ferries-halted",
    "Harbour ferries halted by strike",
    "Ferry crews walked out at the harbour over pay.",
  );
  pier = await archived(
    5,
    "pier-crews-vote",
    "Pier crews vote on ferry strike",
    "The crews at the pier voted on the ferry strike.",
  );
  storm = await archived(
    2,
    "storm-closes-coast-road",
    "Storm closes the coast road",
    "The storm closed the coast road for a day.",
  );
  await tagged(harbour, ferries.id);
  await tagged(pier, ferries.id);
  await tagged(storm, weather.id);
  fresh = await createStory({
    authors: [editor],
    slug: "ferry-deal-reached",
    headline: "Ferry deal reached after strike",
    body: paragraphDoc("Ferry crews and the operator agreed a deal after the strike."),
  });
  await tagged(fresh, ferries.id);
  signInAs(editor);
});

describe("stories already in the database", () => {
  it("are ranked per request while they have no list, and the backfill stores their lists", async () => {
    expect(await listOf(harbour.id)).toBeUndefined();
    const perRequest = await getRelatedStories(await articleOf(harbour.id));
    expect(perRequest.map((r) => r.headline)).toEqual(["Pier crews vote on ferry strike"]);
    expect(await page(harbour.slug)).toContain("Pier crews vote on ferry strike");

    const { ranked } = await backfillRelatedLists({ batch: 2 });
    expect(ranked).toBe(3); // the three published stories; the draft has none
    expect(await listOf(harbour.id)).toEqual([pier.id]);
    expect(await listOf(pier.id)).toEqual([harbour.id]);
    expect(await listOf(storm.id)).toEqual([]);
    expect(await listOf(fresh.id)).toBeUndefined();
    // With one candidate, the stored list gives the feed the per-request ranking gave, item for item.
    expect(await getRelatedStories(await articleOf(harbour.id))).toEqual(perRequest);
    // Nothing left: a second run ranks nothing.
    expect((await backfillRelatedLists()).ranked).toBe(0);
  });
});

describe("publishing, retagging and unpublishing", () => {
  it("a publish appears in its neighbours' stored lists and on their cached pages", async () => {
    expect(await page(harbour.slug)).not.toContain("Ferry deal reached");
    expect(isCached(`news:${harbour.slug}`)).toBe(true);

    expect(await publishStory(fresh.id)).toEqual({ status: "PUBLISHED" });
    // Its own list, and its neighbours' lists now showing it first (newest, closest in words).
    expect(await listOf(fresh.id)).toEqual(expect.arrayContaining([harbour.id, pier.id]));
    expect(await listOf(harbour.id)).toEqual([fresh.id, pier.id]);
    expect((await listOf(pier.id))?.[0]).toBe(fresh.id);
    expect(await listOf(storm.id)).toEqual([]);
    // The neighbour's cached page was dropped, and its next request shows the new story.
    expect(isCached(`news:${harbour.slug}`)).toBe(false);
    expect(await page(harbour.slug)).toContain("Ferry deal reached after strike");
    expect(await page(harbour.slug)).toContain(`href="/news/${fresh.slug}"`);
  });

  it("a retag moves the story from the old neighbours' lists to the new ones'", async () => {
    const form = await storyForm(fresh.id);
    await page(storm.slug);
    const saved = await saveStory({ ...form, bylineIds: [editor.id], tagIds: [weather.id] });
    expect(saved).toMatchObject({ saved: true });
    expect(await listOf(fresh.id)).toEqual([storm.id]);
    expect(await listOf(harbour.id)).toEqual([pier.id]);
    expect(await listOf(pier.id)).toEqual([harbour.id]);
    expect(await listOf(storm.id)).toEqual([fresh.id]);
    expect(await page(harbour.slug)).not.toContain("Ferry deal reached");
    expect(isCached(`news:${storm.slug}`)).toBe(false);
    expect(await page(storm.slug)).toContain("Ferry deal reached after strike");
  });

  it("an unpublish takes the story out of every list that shows it", async () => {
    expect(await unpublishStory(fresh.id)).toEqual({ status: "UNPUBLISHED" });
    expect(await listOf(fresh.id)).toBeUndefined();
    expect(await db.relatedList.count({ where: { relatedIds: { has: fresh.id } } })).toBe(0);
    expect(await listOf(storm.id)).toEqual([]);
    expect(await page(storm.slug)).not.toContain("Ferry deal reached");
  });

  it("a tag change by any other write drops the story's own list, and the page ranks per request", async () => {
    await tagged(storm, ferries.id);
    expect(await listOf(storm.id)).toBeUndefined();
    const related = (await getRelatedStories(await articleOf(storm.id))).map((r) => r.headline);
    expect(related).toEqual(
      expect.arrayContaining([
        "Harbour ferries halted by strike",
        "Pier crews vote on ferry strike",
      ]),
    );
    expect((await backfillRelatedLists()).ranked).toBe(1);
    expect(await listOf(storm.id)).toEqual(expect.arrayContaining([harbour.id, pier.id]));
  });
});

describe("what ranks a neighbour", () => {
  it("per request by tags and recency; stored, the headline's words lift an older story above a newer one whose body repeats them, and the backfill refreshes the cached page", async () => {
    const port = await db.tag.create({ data: { name: "Port pay", slug: "port-pay" } });
    const base = await archived(
      2,
      "dockers-strike-port-pay",
      "Dockers strike over port pay",
      "Talks failed.",
    );
    const alike = await archived(
      30,
      "dockers-vote-strike",
      "A strike vote for Friday",
      "A show of hands.",
    );
    const newer = await archived(
      1,
      "ferry-timetable-changes",
      "Ferry timetable changes",
      "Dockers strike over port pay. Dockers strike over port pay. Port pay: dockers strike.",
    );
    for (const s of [base, alike, newer]) await tagged(s, port.id);
    const headlines = async () =>
      (await getRelatedStories(await articleOf(base.id))).map((r) => r.headline);
    // The two neighbours as the page lists them (each must be on it).
    const order = (html: string) => {
      const shown = ["A strike vote for Friday", "Ferry timetable changes"];
      for (const h of shown) expect(html).toContain(h);
      return shown.sort((a, b) => html.indexOf(a) - html.indexOf(b));
    };
    // No list stored yet: ranked per request without reading the candidates' text.
    expect(await listOf(base.id)).toBeUndefined();
    expect(await headlines()).toEqual(["Ferry timetable changes", "A strike vote for Friday"]);
    expect(order(await page(base.slug))).toEqual([
      "Ferry timetable changes",
      "A strike vote for Friday",
    ]);
    // The backfill stores the full ranking, and the page cached a moment ago shows it.
    await backfillRelatedLists();
    expect(await listOf(base.id)).toEqual([alike.id, newer.id]);
    expect(await headlines()).toEqual(["A strike vote for Friday", "Ferry timetable changes"]);
    expect(order(await page(base.slug))).toEqual([
      "A strike vote for Friday",
      "Ferry timetable changes",
    ]);
  });
});
