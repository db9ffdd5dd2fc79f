import "server-only";
import { can, type StoryRecord } from "@/lib/auth/permissions";
import { ForbiddenError, idSchema } from "@/lib/shared/errors";
import { requireCan } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { StoryStatus } from "@/lib/db/generated/enums";
import { Prisma } from "@/lib/db/generated/client";
import { table } from "@/lib/db/sql";
import { formatCursor, parseCursor } from "@/lib/reader/params";
import { commentRequestSelect } from "@/lib/comment-requests/public";

export interface DeskListFilters {
  status?: StoryStatus;
  authorId?: string;
  tagId?: string;
  q?: string;
  /** A cursor (lib/reader/params.ts formatCursor on updatedAt and id): the page older than it. */
  before?: string;
  /** A cursor: the page newer than it. */
  after?: string;
}

export const DESK_PAGE_SIZE = 50;
/** The list counts its matches up to this many and says "1,000+" beyond: an exact count read them all. */
export const DESK_COUNT_LIMIT = 1_000;

export interface DeskStory {
  id: string;
  slug: string;
  headline: string;
  status: StoryStatus;
  updatedAt: Date;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  version: number;
  bylines: { user: { id: string; name: string } }[];
}

export interface DeskListPage {
  stories: DeskStory[];
  /** Matches, counted up to DESK_COUNT_LIMIT; `totalCapped` when there are more. */
  total: number;
  totalCapped: boolean;
  /** Cursors for the "Newer" and "Older" links, or null at either end. */
  newer: string | null;
  older: string | null;
  /** The before/after given was not a cursor (a mangled link): the newest page is shown instead. */
  badCursor: boolean;
  pageSize: number;
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// The newsroom's story list: every story, newest change first (ties by id), for any signed-in staff
// member. Keyset pages on (updatedAt, id), which the indexes (updatedAt, id) and (status, updatedAt,
// id) carry; the author and tag filters start from Byline's and StoryTag's (userId|tagId, storyId)
// indexes and sort their stories' (id, updatedAt, status) index entries, never the wide rows (an
// author's 600 stories read from the heap took 40 ms); headline search uses the trigram index
// (below). The page, its bylines and the bounded count are one
// statement (two for a headline search): at 100,000 stories OFFSET pages and an exact count(*)
// cost 90-350 ms a request.
export async function listStoriesForDesk(filters: DeskListFilters = {}): Promise<DeskListPage> {
  await requireCan("stories.list");
  const given = [filters.before, filters.after].filter((c) => c !== undefined);
  const place = given.length === 1 ? parseCursor(given[0] as string) : null;
  const badCursor = given.length > 0 && !place;
  const direction = place ? (filters.before !== undefined ? "before" : "after") : "first";

  const conditions: Prisma.Sql[] = [];
  // The status is one of the enum's own names (checked here), written as a literal so that the
  // planner matches it to the (status, updatedAt, id) index.
  if (filters.status && Object.values(StoryStatus).includes(filters.status))
    conditions.push(Prisma.sql`s.status = ${Prisma.raw(`'${filters.status}'`)}`);
  if (filters.authorId)
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM ${table("Byline")} b WHERE b."storyId" = s.id AND b."userId" = ${filters.authorId})`,
    );
  if (filters.tagId)
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM ${table("StoryTag")} t WHERE t."storyId" = s.id AND t."tagId" = ${filters.tagId})`,
    );
  if (filters.q) conditions.push(Prisma.sql`s.headline ILIKE ${likePattern(filters.q)}`);
  const where = (extra?: Prisma.Sql) => {
    const all = extra ? [...conditions, extra] : conditions;
    return all.length ? Prisma.sql`WHERE ${Prisma.join(all, " AND ")}` : Prisma.empty;
  };
  // timestamp(3) columns hold UTC; the ISO text's "Z" is ignored by the cast, as it should be.
  const at = place ? place.at.toISOString() : "";
  const keyset =
    direction === "before"
      ? Prisma.sql`(s."updatedAt", s.id) < (${at}::timestamp(3), ${place?.id})`
      : direction === "after"
        ? Prisma.sql`(s."updatedAt", s.id) > (${at}::timestamp(3), ${place?.id})`
        : undefined;
  const order =
    direction === "after"
      ? Prisma.sql`s."updatedAt" ASC, s.id ASC`
      : Prisma.sql`s."updatedAt" DESC, s.id DESC`;

  // The bounded count. An author or a tag alone is counted from its own index (every Byline and
  // StoryTag row has its story); anything else counts the stories that match.
  const only = conditions.length === 1;
  const counted =
    only && filters.authorId
      ? Prisma.sql`SELECT 1 FROM ${table("Byline")} WHERE "userId" = ${filters.authorId}`
      : only && filters.tagId
        ? Prisma.sql`SELECT 1 FROM ${table("StoryTag")} WHERE "tagId" = ${filters.tagId}`
        : Prisma.sql`SELECT 1 FROM ${table("Story")} s ${where()}`;
  const countSql = Prisma.sql`SELECT count(*)::int AS n FROM (${counted} LIMIT ${DESK_COUNT_LIMIT + 1}) c`;
  // A headline search counts first: with few matches (up to the count's bound) they are gathered
  // from the trigram index and sorted; with more (a word in 1% of the stories or more), the list
  // is walked newest first until the page is full. Left to its estimate the planner walked for a
  // word in 500 headlines too, reading 8,500 stories (40 ms) where gathering reads 500 (3 ms).
  let count: number | undefined;
  if (filters.q) count = (await db.$queryRaw<{ n: number }[]>(countSql))[0].n;
  const gather = count !== undefined && count <= DESK_COUNT_LIMIT;
  const ids = gather
    ? Prisma.sql`matched AS MATERIALIZED (
        SELECT s.id, s."updatedAt" FROM ${table("Story")} s ${where(keyset)}
      ),
      ids AS (SELECT s.id FROM matched s ORDER BY ${order} LIMIT ${DESK_PAGE_SIZE + 1})`
    : Prisma.sql`ids AS (
        SELECT s.id FROM ${table("Story")} s ${where(keyset)}
        ORDER BY ${order} LIMIT ${DESK_PAGE_SIZE + 1}
      )`;

  const rows = await db.$queryRaw<
    (Omit<DeskStory, "bylines"> & { total: number; bylines: { id: string; name: string }[] })[]
  >`
    WITH ${ids},
    page AS (
      SELECT s.id, s.slug, s.headline, s.status::text AS status, s."updatedAt", s."publishedAt",
        s."scheduledAt", s.version
      FROM ids JOIN ${table("Story")} s ON s.id = ids.id
    )
    SELECT ${count === undefined ? Prisma.sql`(${countSql})` : Prisma.sql`NULL::int`} AS total,
      p.*,
      (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY b.position), '[]'::json)
         FROM ${table("Byline")} b JOIN ${table("User")} u ON u.id = b."userId" WHERE b."storyId" = p.id) AS bylines
    FROM (SELECT 1) one LEFT JOIN page p ON true
    ORDER BY p."updatedAt" DESC, p.id DESC`;

  count ??= rows[0]?.total ?? 0;
  // Newest first whichever way the page was read; an "after" page read one more at its newer end.
  let found = rows.filter((r) => r.id !== null);
  const more = found.length > DESK_PAGE_SIZE;
  if (direction === "after") found = more ? found.slice(1) : found;
  else found = found.slice(0, DESK_PAGE_SIZE);
  const stories: DeskStory[] = found.map(({ total: _total, bylines, ...s }) => ({
    ...s,
    bylines: bylines.map((user) => ({ user })),
  }));
  const first = stories[0];
  const last = stories.at(-1);
  const hasNewer = direction === "after" ? more : direction === "before";
  const hasOlder = direction === "after" ? true : more;
  return {
    stories,
    total: Math.min(count, DESK_COUNT_LIMIT),
    totalCapped: count > DESK_COUNT_LIMIT,
    newer: hasNewer && first ? formatCursor({ at: first.updatedAt, id: first.id }) : null,
    older: hasOlder && last ? formatCursor({ at: last.updatedAt, id: last.id }) : null,
    badCursor,
    pageSize: DESK_PAGE_SIZE,
  };
}

// Everything the editor screen shows for one story. Private source fields are selected only for
// those who may see them (the story's authors and the desk); nobody else's browser receives them.
export async function getStoryForEditor(storyId: string) {
  const user = await requireCan("stories.list");
  if (!idSchema.safeParse(storyId).success) return null; // an address no story can have
  const story = await db.story.findUnique({
    where: { id: storyId },
    select: {
      id: true,
      slug: true,
      headline: true,
      summary: true,
      dateline: true,
      body: true,
      status: true,
      version: true,
      updatedAt: true,
      publishedAt: true,
      firstPublishedAt: true,
      scheduledAt: true,
      wordCount: true,
      updatedBy: { select: { name: true } },
      bylines: {
        orderBy: { position: "asc" },
        select: { userId: true, user: { select: { id: true, name: true } } },
      },
      tags: {
        orderBy: { position: "asc" },
        select: { tag: { select: { id: true, name: true, slug: true } } },
      },
    },
  });
  if (!story) return null;
  const record: StoryRecord = {
    authorIds: story.bylines.map((b) => b.userId),
    status: story.status,
  };
  if (!can(user, "stories.view", record)) throw new ForbiddenError("stories.view");
  const viewPrivate = can(user, "sources.viewPrivate", record);
  const [sources, commentRequests, related, corrections, staff] = await Promise.all([
    db.source.findMany({
      where: { storyId },
      orderBy: { position: "asc" },
      select: {
        id: true,
        position: true,
        anonymous: true,
        publicDescription: true,
        headcount: true,
        basisOfKnowledge: true,
        anonymityReason: true,
        approvedAt: true,
        approvedById: true,
        approvedBy: { select: { name: true } },
        privateIdentity: viewPrivate,
        privateContact: viewPrivate,
      },
    }),
    db.commentRequest.findMany({
      where: { storyId },
      orderBy: { position: "asc" },
      select: commentRequestSelect,
    }),
    db.relatedLink.findMany({
      where: { storyId },
      orderBy: { position: "asc" },
      select: {
        id: true,
        targetStoryId: true,
        outlet: true,
        url: true,
        headline: true,
        publishedAt: true,
        excerpt: true,
        targetStory: { select: { headline: true, slug: true } },
      },
    }),
    db.correction.findMany({
      where: { storyId },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        kind: true,
        text: true,
        createdAt: true,
        createdBy: { select: { name: true } },
      },
    }),
    db.user.findMany({
      where: { active: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return {
    story,
    sources: sources.map((s) => ({
      ...s,
      privateIdentity: s.privateIdentity ?? null,
      privateContact: s.privateContact ?? null,
    })),
    commentRequests,
    related,
    corrections,
    staff,
    permissions: {
      edit: can(user, "stories.edit", record),
      submit: can(user, "stories.submit", record),
      publish: can(user, "stories.publish", record),
      schedule: can(user, "stories.schedule", record),
      unpublish: can(user, "stories.unpublish", record),
      approveSources: can(user, "sources.approve", record),
      viewPrivate,
      addCorrections: can(user, "corrections.add", record),
      createTags: can(user, "tags.create"),
    },
    user: { id: user.id, name: user.name, role: user.role },
  };
}
export type EditorData = NonNullable<Awaited<ReturnType<typeof getStoryForEditor>>>;

// Choices for the desk list's filters: staff with a byline, and the tag asked for. The tag is typed
// (its name, slug or id), not picked from a list: a list of the whole vocabulary (5,200 tags in the
// corpus) made every desk page 1.3 MB and 300-900 ms to render.
export async function deskFilterOptions(tagKey?: string) {
  await requireCan("stories.list");
  const key = tagKey?.trim().slice(0, 200);
  const [authors, tag] = await Promise.all([
    db.user.findMany({
      where: { bylines: { some: {} } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    key
      ? db.tag.findFirst({
          where: {
            OR: [{ id: key }, { slug: key }, { name: { equals: key, mode: "insensitive" } }],
          },
          select: { id: true, name: true },
        })
      : null,
  ]);
  return { authors, tag };
}
