import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  articleSelect,
  getLatestPublishedStories,
  lookupArticle,
  storyCardSelect,
} from "@/lib/stories/public-queries";
import { createStory, createUser } from "../helpers/factories";

// The article page reads its story in one statement (lib/stories/public-queries.ts findArticle).
// It must give exactly what Prisma's own nested read of the same select (one query per relation) gives: every relation in
// its order, timestamps as the same instants, nulls as nulls, and nothing private.

const prismaRead = (slug: string) =>
  db.story.findUnique({ where: { slug }, select: articleSelect });

describe("the article's one-statement lookup", () => {
  it("equals Prisma's nested read of a story with every relation filled", async () => {
    const [first, second] = [
      await createUser({ name: "Zed Second" }),
      await createUser({ name: "Amy First" }),
    ];
    const story = await createStory({ authors: [first, second], status: "PUBLISHED" });
    const image = await db.media.create({
      data: {
        originalSha256: `sha-${story.id}`,
        originalMime: "image/jpeg",
        originalName: "private-name-of-file.jpg",
        originalBytes: 1000,
        key: `key-${story.id}`,
        cropKey: `crop-${story.id}`,
        width: 1600,
        height: 900,
        alt: "Harbour cranes at dusk",
        caption: "The cranes",
        credit: "Staff",
        copyright: "© The Paper",
        rightsNote: "PRIVATE rights note",
      },
    });
    const firstPublishedAt = new Date("2019-03-04T05:06:07.089Z");
    await db.story.update({
      where: { id: story.id },
      data: { leadImageId: image.id, firstPublishedAt, dateline: "HALVERN" },
    });
    // Positions written out of order, so that order comes from position, not insertion.
    const [t1, t2] = [
      await db.tag.create({ data: { name: `Port ${story.id}`, slug: `port-${story.id}` } }),
      await db.tag.create({ data: { name: `Budget ${story.id}`, slug: `budget-${story.id}` } }),
    ];
    await db.storyTag.createMany({
      data: [
        { storyId: story.id, tagId: t1.id, position: 1 },
        { storyId: story.id, tagId: t2.id, position: 0 },
      ],
    });
    await db.source.createMany({
      data: [
        {
          storyId: story.id,
          position: 1,
          anonymous: false,
          publicDescription: "the port's chief executive",
          privateIdentity: "",
          privateContact: "",
        },
        {
          storyId: story.id,
          position: 0,
          anonymous: true,
          publicDescription: "two people briefed on the talks",
          headcount: 2,
          basisOfKnowledge: "were in the room",
          anonymityReason: "not authorised to speak",
          privateIdentity: "SECRET-IDENTITY-Qx",
          privateContact: "SECRET-CONTACT-Qx",
        },
      ],
    });
    await db.commentRequest.createMany({
      data: [
        {
          storyId: story.id,
          position: 0,
          organisation: "Harbour Board",
          channel: "FAX",
          sentAt: new Date("2026-11-30T09:15:00.123Z"),
          deadline: new Date("2026-11-30T17:00:00.000Z"),
          outcome: "NO_RESPONSE",
        },
        {
          storyId: story.id,
          position: 1,
          organisation: "Port Union",
          channel: "EMAIL",
          sentAt: new Date("2026-11-30T10:00:00.000Z"),
          outcome: "RESPONDED",
          responseText: "We welcome the talks.",
          respondedAt: new Date("2026-11-30T11:30:45.678Z"),
        },
      ],
    });
    await db.correction.createMany({
      data: [
        { storyId: story.id, kind: "CORRECTION", text: "Second", createdAt: new Date(2_000_000) },
        { storyId: story.id, kind: "UPDATE", text: "First", createdAt: new Date(1_000_000) },
      ],
    });

    const found = await lookupArticle(story.slug);
    expect(found.kind).toBe("story");
    const expected = await prismaRead(story.slug);
    if (found.kind !== "story") return;
    expect(found.story).toEqual(expected);
    expect(found.story.commentRequests[0].deadline).toBeInstanceOf(Date);
    expect(found.story.commentRequests[0].respondedAt).toBeNull();
    expect(found.story.commentRequests[1].respondedAt?.toISOString()).toBe(
      "2026-11-30T11:30:45.678Z",
    );
    expect(found.story.firstPublishedAt?.toISOString()).toBe(firstPublishedAt.toISOString());
    expect(found.story.tags.map((t) => t.tag.id)).toEqual([t2.id, t1.id]);
    expect(found.story.corrections.map((c) => c.text)).toEqual(["First", "Second"]);
    const text = JSON.stringify(found.story);
    for (const secret of ["SECRET-IDENTITY-Qx", "SECRET-CONTACT-Qx", "PRIVATE rights note"])
      expect(text).not.toContain(secret);
    expect(text).not.toContain("private-name-of-file");
  });

  it("equals Prisma's read of a bare story: empty lists and no lead image", async () => {
    const story = await createStory({ authors: [], status: "PUBLISHED" });
    const found = await lookupArticle(story.slug);
    expect(found.kind === "story" && found.story).toEqual(await prismaRead(story.slug));
    if (found.kind === "story") {
      expect(found.story.leadImage).toBeNull();
      expect(found.story.sources).toEqual([]);
    }
  });

  it("still answers for drafts, withdrawn stories and old slugs as before", async () => {
    const author = await createUser();
    const draft = await createStory({ authors: [author], status: "DRAFT" });
    expect(await lookupArticle(draft.slug)).toEqual({ kind: "missing" });
    const gone = await createStory({ authors: [author], status: "PUBLISHED" });
    await db.story.update({ where: { id: gone.id }, data: { status: "UNPUBLISHED" } });
    expect(await lookupArticle(gone.slug)).toEqual({ kind: "gone", storyId: gone.id });
    expect(await lookupArticle("no-such-story-anywhere")).toEqual({ kind: "missing" });
  });

  it("lists cards (front, tag and author pages) exactly as Prisma's nested read of the card select", async () => {
    const [a, b] = [await createUser({ name: "Card Two" }), await createUser({ name: "Card One" })];
    const story = await createStory({
      authors: [a, b],
      status: "PUBLISHED",
      publishedAt: new Date(Date.now() + 86_400_000), // the newest, whatever else the file made
    });
    const image = await db.media.create({
      data: {
        originalSha256: `card-${story.id}`,
        originalMime: "image/jpeg",
        originalBytes: 10,
        key: `card-key-${story.id}`,
        cropKey: `card-crop-${story.id}`,
        width: 800,
        height: 600,
        rightsNote: "PRIVATE card rights note",
      },
    });
    await db.story.update({ where: { id: story.id }, data: { leadImageId: image.id } });
    const cards = await getLatestPublishedStories(5);
    const expected = await db.story.findMany({
      where: { status: "PUBLISHED" },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: 5,
      select: storyCardSelect,
    });
    expect(cards).toEqual(expected);
    expect(cards[0].id).toBe(story.id);
    expect(cards[0].bylines.map((x) => x.user.name)).toEqual(["Card Two", "Card One"]);
    expect(JSON.stringify(cards)).not.toContain("PRIVATE card rights note");
  });
});
