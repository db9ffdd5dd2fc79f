import "server-only";
import { db } from "@/lib/db/client";
import { table } from "@/lib/db/sql";
import { publicImageSelect } from "@/lib/media/public";

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

const articleSelect = {
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
    select: {
      id: true,
      anonymous: true,
      publicDescription: true,
      headcount: true,
      basisOfKnowledge: true,
      anonymityReason: true,
    },
  },
  commentRequests: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      organisation: true,
      channel: true,
      sentAt: true,
      deadline: true,
      outcome: true,
      responseText: true,
      respondedAt: true,
    },
  },
  corrections: {
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, text: true, createdAt: true },
  },
} as const;

export type StoryCard = NonNullable<Awaited<ReturnType<typeof getLatestPublishedStories>>>[number];
export type Article = NonNullable<Awaited<ReturnType<typeof findArticle>>>;

export async function getLatestPublishedStories(limit = 30, skip = 0) {
  return db.story.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: limit,
    skip,
    select: storyCardSelect,
  });
}

function findArticle(slug: string) {
  return db.story.findUnique({ where: { slug }, select: articleSelect });
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

/** Published stories by ids, for related feeds; order is the caller's. */
export async function getPublishedStoryCards(ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.story.findMany({
    where: { id: { in: [...ids] }, status: "PUBLISHED" },
    select: { ...storyCardSelect, bodyText: true },
  });
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
  const tag = await db.tag.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true, description: true, publishedStoryCount: true },
  });
  if (tag) return { kind: "tag", tag };
  const redirect = await db.tagSlugRedirect.findUnique({
    where: { oldSlug: slug },
    select: { tag: { select: { id: true, slug: true } } },
  });
  return redirect
    ? { kind: "redirect", slug: redirect.tag.slug, tagId: redirect.tag.id }
    : { kind: "missing" };
}

/** Cards for story ids, in the order given (ids that are not published are left out). */
async function cardsInOrder(ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db.story.findMany({
    where: { id: { in: [...ids] }, status: "PUBLISHED" },
    select: storyCardSelect,
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * A page of a tag's published stories, newest first (ties: the larger id first), and how many
 * there are. The page is a range of the (tagId, publishedAt DESC, storyId DESC) index of StoryTag,
 * read index-only: the join rows carry the publication time (kept by triggers), so page 500 skips
 * 10,000 index entries instead of sorting every story of the tag. The total is the tag's counter.
 */
export async function getTagStories(
  tag: { id: string; publishedStoryCount: number },
  page: number,
  pageSize = PAGE_SIZE,
) {
  const total = tag.publishedStoryCount;
  if ((page - 1) * pageSize >= total) return { stories: [], total };
  const rows = await db.storyTag.findMany({
    where: { tagId: tag.id, publishedAt: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { storyId: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: { storyId: true },
  });
  return { stories: await cardsInOrder(rows.map((r) => r.storyId)), total };
}

/** A byline's public face, found by its slug or its id: only someone with a published story. */
export async function getAuthor(slugOrId: string) {
  return db.user.findFirst({
    where: { OR: [{ slug: slugOrId }, { id: slugOrId }], publishedStoryCount: { gt: 0 } },
    select: { id: true, name: true, slug: true, bio: true, publishedStoryCount: true },
  });
}

/** An author's published stories, newest first, from the Byline (userId, publishedAt) index. */
export async function getAuthorStories(
  author: { id: string; publishedStoryCount: number },
  page: number,
  pageSize = PAGE_SIZE,
) {
  const total = author.publishedStoryCount;
  if ((page - 1) * pageSize >= total) return { stories: [], total };
  const rows = await db.byline.findMany({
    where: { userId: author.id, publishedAt: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { storyId: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: { storyId: true },
  });
  return { stories: await cardsInOrder(rows.map((r) => r.storyId)), total };
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
