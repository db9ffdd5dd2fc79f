import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { jsonColumns, reviveDates, selectColumns, table } from "@/lib/db/sql";
import { publicImageSelect } from "@/lib/media/public";
import { commentRequestSelect } from "@/lib/comment-requests/public";
import { publicSourceSelect } from "@/lib/sources/public";

// Reads for the reader's site: published stories only, and only public fields. Sources are read
// with an explicit select of their PUBLIC columns: privateIdentity / privateContact never leave here.

const bylineSelect = {
  orderBy: { position: "asc" },
  select: { user: { select: { id: true, name: true, slug: true } } },
} as const;
const tagSelect = {
  orderBy: { position: "asc" },
  select: { tag: { select: { id: true, name: true, slug: true } } },
} as const;

export const storyCardSelect = {
  id: true,
  slug: true,
  headline: true,
  summary: true,
  publishedAt: true,
  updatedAt: true,
  bylines: bylineSelect,
  leadImage: { select: publicImageSelect },
} as const;

const correctionSelect = { id: true, kind: true, text: true, createdAt: true } as const;

/** What an article page shows; the Prisma type of Article, and the list findArticle's SQL reads. */
export const articleSelect = {
  id: true,
  slug: true,
  headline: true,
  summary: true,
  dateline: true,
  bodyHtml: true,
  bodyText: true,
  wordCount: true,
  status: true,
  publishedAt: true,
  firstPublishedAt: true,
  updatedAt: true,
  bylines: bylineSelect,
  tags: tagSelect,
  leadImage: { select: publicImageSelect },
  sources: {
    orderBy: { position: "asc" },
    select: publicSourceSelect,
  },
  commentRequests: {
    orderBy: { position: "asc" },
    select: commentRequestSelect,
  },
  corrections: {
    orderBy: { createdAt: "asc" },
    select: correctionSelect,
  },
} as const;

export type StoryCard = Prisma.StoryGetPayload<{ select: typeof storyCardSelect }>;
export type Article = Prisma.StoryGetPayload<{ select: typeof articleSelect }>;

/** The front page's newest stories: ids from the (status, publishedAt) index, then their cards. */
export async function getLatestPublishedStories(limit = 30, skip = 0): Promise<StoryCard[]> {
  const ids = await db.story.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: limit,
    skip,
    select: { id: true },
  });
  return cardsInOrder(ids.map((r) => r.id));
}

const REQUEST_DATES = ["sentAt", "deadline", "respondedAt"] as const;
const jsonList = (object: Prisma.Sql, order: string, from: Prisma.Sql) =>
  Prisma.sql`COALESCE((SELECT json_agg(${object} ORDER BY ${Prisma.raw(order)}) ${from}), '[]')`;
/**
 * The story `s`'s bylines and lead image as bylineSelect and publicImageSelect read them. A function:
 * table names come from DATABASE_URL, which the build does not have.
 */
const bylinesAndImage = () => Prisma.sql`${jsonList(
  Prisma.sql`json_build_object('user', ${jsonColumns("u", bylineSelect.select.user.select)})`,
  "b.position",
  Prisma.sql`FROM ${table("Byline")} b JOIN ${table("User")} u ON u.id = b."userId" WHERE b."storyId" = s.id`,
)} AS bylines,
  (SELECT ${jsonColumns("m", publicImageSelect)} FROM ${table("Media")} m
    WHERE m.id = s."leadImageId") AS "leadImage"`;

/**
 * The article at `slug` with everything its page shows, in one statement: its columns, then each
 * relation as a JSON list built from the same selects as the Prisma type (so sources carry only
 * publicSourceSelect's columns). One round trip instead of one query per relation: at a million
 * stories the page's time was in the seven relation queries, not in finding the row.
 */
async function findArticle(slug: string): Promise<Article | null> {
  const [row] = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT ${selectColumns("s", articleSelect)}, ${bylinesAndImage()},
      ${jsonList(
        Prisma.sql`json_build_object('tag', ${jsonColumns("t", tagSelect.select.tag.select)})`,
        "st.position",
        Prisma.sql`FROM ${table("StoryTag")} st JOIN ${table("Tag")} t ON t.id = st."tagId" WHERE st."storyId" = s.id`,
      )} AS tags,
      ${jsonList(
        jsonColumns("x", publicSourceSelect),
        "x.position",
        Prisma.sql`FROM ${table("Source")} x WHERE x."storyId" = s.id`,
      )} AS sources,
      ${jsonList(
        jsonColumns("r", commentRequestSelect, REQUEST_DATES),
        "r.position",
        Prisma.sql`FROM ${table("CommentRequest")} r WHERE r."storyId" = s.id`,
      )} AS "commentRequests",
      ${jsonList(
        jsonColumns("c", correctionSelect, ["createdAt"]),
        'c."createdAt", c.id',
        Prisma.sql`FROM ${table("Correction")} c WHERE c."storyId" = s.id`,
      )} AS corrections
    FROM ${table("Story")} s WHERE s.slug = ${slug}`;
  if (!row) return null;
  const requests = row.commentRequests as Record<string, unknown>[];
  const corrections = row.corrections as Record<string, unknown>[];
  return {
    ...row,
    commentRequests: requests.map((r) => reviveDates(r, REQUEST_DATES)),
    corrections: corrections.map((c) => reviveDates(c, ["createdAt"])),
  } as Article;
}

export type ArticleLookup =
  | { kind: "story"; story: Article }
  | { kind: "redirect"; slug: string; storyId: string }
  | { kind: "gone"; storyId: string }
  | { kind: "missing" };

/** What answers at /news/<slug>: the published story, a redirect from an old slug, 410 or 404. */
export async function lookupArticle(slug: string): Promise<ArticleLookup> {
  const story = await findArticle(slug);
  if (story) {
    if (story.status === "PUBLISHED" && story.publishedAt) return { kind: "story", story };
    // Once published, then withdrawn: Gone. Never published (draft, scheduled): nothing here.
    return story.firstPublishedAt || story.status === "UNPUBLISHED"
      ? { kind: "gone", storyId: story.id }
      : { kind: "missing" };
  }
  const redirect = await db.storySlugRedirect.findUnique({
    where: { oldSlug: slug },
    select: { story: { select: { id: true, slug: true, status: true, firstPublishedAt: true } } },
  });
  if (!redirect) return { kind: "missing" };
  const target = redirect.story;
  if (target.status === "PUBLISHED")
    return { kind: "redirect", slug: target.slug, storyId: target.id };
  return target.firstPublishedAt || target.status === "UNPUBLISHED"
    ? { kind: "gone", storyId: target.id }
    : { kind: "missing" };
}

export const PAGE_SIZE = 20;

export interface PublicTag {
  id: string;
  name: string;
  slug: string;
  description: string;
  publishedStoryCount: number;
}

export type TagLookup =
  | { kind: "tag"; tag: PublicTag }
  | { kind: "redirect"; slug: string; tagId: string }
  | { kind: "missing" };

/** What answers at /tags/<slug>: the tag, or a redirect from the old slug of a renamed or merged tag. */
export async function lookupTag(slug: string): Promise<TagLookup> {
  // Raw SQL for the common case: on every tag page and tag feed, Prisma's findUnique cost about
  // 0.3-0.5 ms more than the same statement (its query plan and result mapping).
  const [tag] = await db.$queryRaw<PublicTag[]>`
    SELECT id, name, slug, description, "publishedStoryCount"
    FROM ${table("Tag")} WHERE slug = ${slug}`;
  if (tag) return { kind: "tag", tag };
  const redirect = await db.tagSlugRedirect.findUnique({
    where: { oldSlug: slug },
    select: { tag: { select: { id: true, slug: true } } },
  });
  return redirect
    ? { kind: "redirect", slug: redirect.tag.slug, tagId: redirect.tag.id }
    : { kind: "missing" };
}

/**
 * Cards for story ids, in the order given (ids that are not published are left out): one statement
 * with each card's bylines and lead image, instead of Prisma's three queries (stories, bylines,
 * pictures) for every list page.
 */
async function cardsInOrder(ids: readonly string[]): Promise<StoryCard[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<StoryCard[]>`
    SELECT ${selectColumns("s", storyCardSelect)}, ${bylinesAndImage()}
    FROM ${table("Story")} s WHERE s.id = ANY(${[...ids]}::text[]) AND s.status = 'PUBLISHED'`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Where a tag's or an author's list starts: its newest stories, a small page number, or a cursor. */
export type ListPosition =
  { kind: "page"; page: number } | { kind: "before" | "after"; at: Date; id: string };

/** Numbered pages beyond this are not served: their offset would grow with the page (keyset instead). */
export const MAX_NUMBERED_PAGE = 50;

export interface ListPage {
  stories: StoryCard[];
  total: number;
  /** The first and last story's place in the list (for the Newer / Older links). */
  first?: { at: Date; id: string };
  last?: { at: Date; id: string };
  /** Stories newer than the first / older than the last exist. */
  hasNewer: boolean;
  hasOlder: boolean;
}

type JoinOwner = { key: "tagId"; id: string } | { key: "userId"; id: string };
const JOIN_TABLE = { tagId: "StoryTag", userId: "Byline" } as const;

/** A join row of a list, with its story's card (null for the probe row past the page, or a story no longer published). */
interface JoinRow {
  storyId: string;
  publishedAt: Date | null;
  card: StoryCard | null;
}

/**
 * Up to `take` join rows of the owner's list from a place (before / after a story's
 * (publishedAt, id), or the newest after skipping `skip`), each with its story's card, in one
 * statement: the range of the (owner, publishedAt DESC, storyId DESC) index, then the cards of the
 * first `cards` of them. One round trip where the rows and then their cards were two.
 */
async function joinRows(
  owner: JoinOwner,
  from: { kind: "newest"; skip: number } | { kind: "before" | "after"; at: Date; id: string },
  take: number,
  cards: number,
): Promise<JoinRow[]> {
  const join = table(JOIN_TABLE[owner.key]);
  const ownerColumn = Prisma.raw(`"${owner.key}"`);
  const dir = Prisma.raw(from.kind === "after" ? "ASC" : "DESC");
  // timestamp(3) columns hold UTC; the ISO text's "Z" is ignored by the cast, as it should be.
  const range =
    from.kind === "newest"
      ? Prisma.sql`"publishedAt" IS NOT NULL`
      : Prisma.sql`("publishedAt", "storyId") ${Prisma.raw(from.kind === "before" ? "<" : ">")} (${from.at.toISOString()}::timestamp(3), ${from.id})`;
  const skip = from.kind === "newest" ? from.skip : 0;
  const rows = await db.$queryRaw<(StoryCard & { listId: string; listAt: Date | null })[]>`
    SELECT j."storyId" AS "listId", j."publishedAt" AS "listAt", ${selectColumns("s", storyCardSelect)}, ${bylinesAndImage()}
    FROM (
      SELECT "storyId", "publishedAt", row_number() OVER (ORDER BY "publishedAt" ${dir}, "storyId" ${dir}) AS n
      FROM ${join} WHERE ${ownerColumn} = ${owner.id} AND ${range}
      ORDER BY "publishedAt" ${dir}, "storyId" ${dir} LIMIT ${take} OFFSET ${skip}
    ) j
    LEFT JOIN ${table("Story")} s ON s.id = j."storyId" AND s.status = 'PUBLISHED' AND j.n <= ${skip + cards}
    ORDER BY j."publishedAt" ${dir}, j."storyId" ${dir}`;
  return rows.map(({ listId, listAt, ...card }) => ({
    storyId: listId,
    publishedAt: listAt,
    card: card.id === null ? null : card,
  }));
}

/**
 * One page of a published list kept on join rows (StoryTag for a tag, Byline for an author), newest
 * first, ties by the larger story id. Both tables carry the story's publication time (kept by
 * triggers) and an index on (owner, publishedAt DESC, storyId DESC), so a page is a range of that
 * index read from where it starts: keyset (`before` / `after` a story's (publishedAt, id)), never an
 * offset that grows with the depth. Small page numbers (old links, at most MAX_NUMBERED_PAGE) skip
 * at most a thousand index entries.
 */
async function joinListPage(
  owner: JoinOwner,
  total: number,
  position: ListPosition,
  pageSize: number,
): Promise<ListPage> {
  const take = pageSize + 1; // one more than the page: is there more beyond it?
  let rows: JoinRow[];
  let hasNewer: boolean;
  let hasOlder: boolean;
  if (position.kind === "page") {
    const skip = (position.page - 1) * pageSize;
    if (position.page > MAX_NUMBERED_PAGE || skip >= total) rows = [];
    else rows = await joinRows(owner, { kind: "newest", skip }, take, pageSize);
    hasOlder = rows.length > pageSize;
    rows = rows.slice(0, pageSize);
    hasNewer = position.page > 1 && rows.length > 0;
  } else if (position.kind === "before") {
    rows = await joinRows(owner, position, take, pageSize);
    hasOlder = rows.length > pageSize;
    rows = rows.slice(0, pageSize);
    hasNewer = true;
  } else {
    const newer = await joinRows(owner, position, take, pageSize);
    if (newer.length > pageSize) {
      rows = newer.slice(0, pageSize).reverse();
      hasNewer = true;
      hasOlder = true;
    } else {
      // Back at the top: the newest page, whole.
      rows = await joinRows(owner, { kind: "newest", skip: 0 }, take, pageSize);
      hasOlder = rows.length > pageSize;
      rows = rows.slice(0, pageSize);
      hasNewer = false;
    }
  }
  const place = (r: JoinRow | undefined) =>
    r?.publishedAt ? { at: r.publishedAt, id: r.storyId } : undefined;
  return {
    stories: rows.flatMap((r) => r.card ?? []),
    total,
    first: place(rows[0]),
    last: place(rows.at(-1)),
    hasNewer,
    hasOlder,
  };
}

/**
 * A page of the published stories on one owner's join rows: a tag's (StoryTag) or an author's
 * (Byline), each read from its (owner, publishedAt DESC, storyId DESC) index; the total is the
 * owner's counter, kept by triggers.
 */
function ownerStories(key: JoinOwner["key"]) {
  return (
    owner: { id: string; publishedStoryCount: number },
    position: ListPosition,
    pageSize = PAGE_SIZE,
  ) => joinListPage({ key, id: owner.id }, owner.publishedStoryCount, position, pageSize);
}

/** A page of a tag's published stories. */
export const getTagStories = ownerStories("tagId");

/** A page of an author's published stories. */
export const getAuthorStories = ownerStories("userId");

export interface PublicAuthor {
  id: string;
  name: string;
  slug: string;
  bio: string;
  publishedStoryCount: number;
}

/** A byline's public face, found by its slug or its id: only someone with a published story. */
export async function getAuthor(slugOrId: string): Promise<PublicAuthor | null> {
  // Raw SQL, as lookupTag: one of the author page's two statements. Should one author's id equal
  // another's slug, the slug wins.
  const [author] = await db.$queryRaw<PublicAuthor[]>`
    SELECT id, name, slug, bio, "publishedStoryCount"
    FROM ${table("User")} WHERE (slug = ${slugOrId} OR id = ${slugOrId}) AND "publishedStoryCount" > 0
    ORDER BY slug = ${slugOrId} DESC LIMIT 1`;
  return author ?? null;
}

/** The most used tags over the latest published stories, for the front page. */
export const TOP_TAGS_WINDOW = 1_000;

export async function getTopTags(limit = 20) {
  // Counting tags over every story took 1.8 s per 100k stories on each front-page rebuild; the
  // latest thousand stories say what the site covers now, and walk the (status, publishedAt) index.
  const rows = await db.$queryRaw<{ id: string; name: string; slug: string; stories: bigint }[]>`
    SELECT t.id, t.name, t.slug, count(*) AS stories
    FROM (SELECT id FROM ${table("Story")} WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT ${TOP_TAGS_WINDOW}) s
    JOIN ${table("StoryTag")} st ON st."storyId" = s.id
    JOIN ${table("Tag")} t ON t.id = st."tagId"
    GROUP BY t.id ORDER BY count(*) DESC, t.name ASC LIMIT ${limit}`;
  return rows.map((r) => ({ id: r.id, name: r.name, slug: r.slug, stories: Number(r.stories) }));
}
