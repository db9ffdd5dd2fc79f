import "server-only";
import { requireCan } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db/client";
import { StoryStatus } from "@/lib/db/generated/enums";
import { Prisma } from "@/lib/db/generated/client";
import { qualifiedName, table } from "@/lib/db/sql";
import { formatCursor, parseCursor } from "@/lib/reader/params";

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
  /** Matches, counted up to DESK_COUNT_LIMIT; `totalCapped` when there are more ("total+"). */
  total: number;
  totalCapped: boolean;
  /** Cursors for the "Newer" and "Older" links, or null at either end. */
  newer: string | null;
  older: string | null;
  /** The before/after given was not a cursor (a mangled link): the newest page is shown instead. */
  badCursor: boolean;
  pageSize: number;
}

/**
 * Combined filters are driven by their smallest set when it has up to this many stories: its rows
 * are read (and probed) in full for the bounded count when the intersection is sparse. Counting
 * the sets this far costs a few milliseconds; a tag of 24,000 stories walked for the 350 whose
 * headline has a word took 100 ms at 100,000 stories, gathering the word's 1,500 matches 20 ms.
 */
const DESK_DRIVE_LIMIT = 10 * DESK_COUNT_LIMIT;

/**
 * When every set is larger than that, the page walks an author's (or a tag's) stories probing the
 * others, and the count probes only the newest this many of them: "at least N" ("37+ stories").
 * Counting to the end probed all of an author's 18,000 stories for a word (190 ms at 1,000,000).
 */
const DESK_COUNT_WINDOW = 2_000;

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A headline word that PostgreSQL's statistics put in at least this many stories is counted as
 * "1,000+" without counting. Twice the count's bound: at 1,000,000 stories ANALYZE's sample of
 * 30,000 rows then holds the word some 60 times, against some 30 for a word at the bound itself;
 * the sample's error for such a word is about 5.
 */
const COMMON_WORD_STORIES = 2 * DESK_COUNT_LIMIT;

/**
 * Is this search one word that the statistics "Story_headline_words" (migration
 * 20261202180000_headline_words: each headline's words, lowercased) list among their most common,
 * in at least COMMON_WORD_STORIES stories? Every headline holding the word holds it as the
 * substring ILIKE matches, so the search has more matches than the count's bound, and its count
 * (a trigram gather of a thousand rows, 7-13 ms for a common word at 1,000,000 stories) is skipped.
 * No statistics (a database never analysed), a word they do not list, or several words: false, and
 * the search counts as before. Reading them is a catalog lookup, about 0.3 ms.
 */
async function commonHeadlineWord(client: Tx, q: string): Promise<boolean> {
  // One word only: the statistics say nothing of a phrase's matches. The view is filtered on its
  // own statistics object's schema and name, constants: it computes each row's expressions from the
  // table's definition, and matched through a join it did so for every statistics object in the
  // database, failing ("could not open relation") when another schema's table was being dropped.
  if (!/^[\p{L}\p{N}]+$/u.test(q)) return false;
  const [row] = await client.$queryRaw<{ stories: number | null }[]>`
    SELECT max(e.freq * GREATEST(c.reltuples, 0))::float8 AS stories
    FROM pg_stats_ext_exprs st
    CROSS JOIN LATERAL unnest(st.most_common_elems::text::text[], st.most_common_elem_freqs) AS e(word, freq)
    JOIN pg_class c ON c.oid = to_regclass(${qualifiedName("Story")})
    WHERE st.statistics_schemaname = current_schema() AND st.statistics_name = 'Story_headline_words'
      AND e.word = lower(${q})`;
  return (row?.stories ?? 0) >= COMMON_WORD_STORIES;
}

/**
 * Where a page's stories are read from, newest change first: the stories' own (status,) updatedAt
 * index, an author's or a tag's join rows (which carry the story's updatedAt, status and lowercased
 * headline, kept by triggers, and are indexed on (userId|tagId, [storyStatus,] storyUpdatedAt,
 * storyId, storyHeadline)), or the headline's trigram matches.
 */
type Driver = "story" | "author" | "tag" | "headline";
type SetDriver = Exclude<Driver, "story">;

/** A page's row as read: a story with its bylines, or all nulls when the page is empty. */
type PageRow = Omit<DeskStory, "bylines"> & { bylines: { id: string; name: string }[] };

interface Source {
  from: Prisma.Sql;
  id: Prisma.Sql;
  at: Prisma.Sql;
  /** The driver's own conditions: the set it reads, with the status. */
  own: Prisma.Sql[];
}

// The newsroom's story list: every story, newest change first (ties by id), for any signed-in staff
// member, keyset pages on (updatedAt, id). No filter combination walks a large share of the
// archive: one filter (with or without the status) is one range of its own index; with two or more
// of author, tag and headline the smallest set (each counted up to DESK_DRIVE_LIMIT from its own
// index; the headline only when the others are all larger) drives and the others are probed per
// story, so a page reads at most that many driving rows, or, when every set is larger, walks an
// author's (else a tag's) stories newest first. The page, its bylines and the bounded count are one
// statement (plus one counting statement for a headline search, and one or two for combined filters).
export async function listStoriesForDesk(filters: DeskListFilters = {}): Promise<DeskListPage> {
  await requireCan("stories.list");
  // Serial plans only. For a walk that stops at a page the planner's estimate of how far it goes is
  // poor, and it chose parallel workers, whose start costs more than the walk: at 1,000,000 stories a
  // headline walk of some 25,000 index entries took 30-36 ms with two workers and 10-12 ms without.
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL max_parallel_workers_per_gather = 0`;
    return deskPage(tx, filters);
  });
}

async function deskPage(client: Tx, filters: DeskListFilters): Promise<DeskListPage> {
  const given = [filters.before, filters.after].filter((c) => c !== undefined);
  const place = given.length === 1 ? parseCursor(given[0] as string) : null;
  const badCursor = given.length > 0 && !place;
  const direction = place ? (filters.before !== undefined ? "before" : "after") : "first";

  // The status is one of the enum's own names (checked here), written as a literal so that the
  // planner matches it to the indexes that start with it.
  const status =
    filters.status && Object.values(StoryStatus).includes(filters.status)
      ? Prisma.raw(`'${filters.status}'`)
      : null;
  const pattern = filters.q ? likePattern(filters.q) : null;
  const sets: SetDriver[] = [];
  if (filters.authorId) sets.push("author");
  if (filters.tagId) sets.push("tag");
  if (pattern) sets.push("headline");

  const source = (driver: Driver): Source => {
    if (driver === "author" || driver === "tag") {
      const [name, key, value] =
        driver === "author"
          ? (["Byline", "userId", filters.authorId] as const)
          : (["StoryTag", "tagId", filters.tagId] as const);
      const own = [Prisma.sql`d.${Prisma.raw(`"${key}"`)} = ${value}`];
      if (status) own.push(Prisma.sql`d."storyStatus" = ${status}`);
      return {
        from: Prisma.sql`${table(name)} d`,
        id: Prisma.sql`d."storyId"`,
        at: Prisma.sql`d."storyUpdatedAt"`,
        own,
      };
    }
    const own: Prisma.Sql[] = [];
    if (status) own.push(Prisma.sql`d.status = ${status}`);
    // Walking (a common word), the headline is tested in the list's own index, which carries it
    // lowercased after its key (migration 20261202140000_desk_headline_lower): LIKE on that column
    // is ILIKE's match without lowercasing every entry again, and the trigram index (on headline
    // itself) cannot answer it, so that the planner, whose estimate for '%word%' is poor (100 for a
    // word in 21,000 headlines), walks newest first and stops at a page instead of gathering every
    // match and sorting them (230 ms at 1,000,000).
    // Gathering (the headline driver), the matches come from the trigram index: "createdAt", which
    // no list index carries, keeps the planner from walking the list's index for them instead,
    // through every entry when its estimate is high and the matches are few.
    if (pattern && driver === "story")
      own.push(Prisma.sql`lower(d.headline) LIKE lower(${pattern})`);
    else if (pattern)
      own.push(Prisma.sql`d.headline ILIKE ${pattern}`, Prisma.sql`d."createdAt" IS NOT NULL`);
    return {
      from: Prisma.sql`${table("Story")} d`,
      id: Prisma.sql`d.id`,
      at: Prisma.sql`d."updatedAt"`,
      own,
    };
  };
  /** The filters the driver does not read, as probes of each of its stories. */
  const probes = (driver: Driver, id: Prisma.Sql): Prisma.Sql[] => {
    const out: Prisma.Sql[] = [];
    if (filters.authorId && driver !== "author")
      out.push(
        Prisma.sql`EXISTS (SELECT 1 FROM ${table("Byline")} b WHERE b."storyId" = ${id} AND b."userId" = ${filters.authorId})`,
      );
    if (filters.tagId && driver !== "tag")
      out.push(
        Prisma.sql`EXISTS (SELECT 1 FROM ${table("StoryTag")} t WHERE t."storyId" = ${id} AND t."tagId" = ${filters.tagId})`,
      );
    // The join row's own copy of the headline, lowercased (migration 20261202141000_desk_join_headline):
    // tested in the index the author's or tag's rows are walked in, not by a probe per row.
    if (pattern && (driver === "author" || driver === "tag"))
      out.push(Prisma.sql`d."storyHeadline" LIKE lower(${pattern})`);
    return out;
  };
  const whereOf = (all: Prisma.Sql[]) =>
    all.length ? Prisma.sql`WHERE ${Prisma.join(all, " AND ")}` : Prisma.empty;
  const bounded = (driver: Driver, all: Prisma.Sql[], limit = DESK_COUNT_LIMIT) =>
    Prisma.sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${source(driver).from} ${whereOf(all)} LIMIT ${limit + 1}) c`;

  // timestamp(3) columns hold UTC; the ISO text's "Z" is ignored by the cast, as it should be.
  const at = place ? place.at.toISOString() : "";
  const keysetOf = ({ at: key, id }: Pick<Source, "at" | "id">) =>
    direction === "before"
      ? [Prisma.sql`(${key}, ${id}) < (${at}::timestamp(3), ${place?.id})`]
      : direction === "after"
        ? [Prisma.sql`(${key}, ${id}) > (${at}::timestamp(3), ${place?.id})`]
        : [];
  const dir = Prisma.raw(direction === "after" ? "ASC" : "DESC");

  /** The page's stories and bylines, from a WITH list that ends in `ids`, with `stats` beside them. */
  const readPage = (ids: Prisma.Sql, stats: Prisma.Sql) =>
    client.$queryRaw<(PageRow & { total: number | null })[]>`
      WITH ${ids},
      page AS (
        SELECT s.id, s.slug, s.headline, s.status::text AS status, s."updatedAt", s."publishedAt",
          s."scheduledAt", s.version
        FROM ids JOIN ${table("Story")} s ON s.id = ids.id
      )
      SELECT ${stats}, p.*,
        (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY b.position), '[]'::json)
           FROM ${table("Byline")} b JOIN ${table("User")} u ON u.id = b."userId" WHERE b."storyId" = p.id) AS bylines
      FROM (SELECT 1) one LEFT JOIN page p ON true
      ORDER BY p."updatedAt" DESC, p.id DESC`;

  /** Newest first whichever way the page was read; an "after" page read one more at its newer end. */
  const toPage = (rows: PageRow[], total: number, totalCapped: boolean): DeskListPage => {
    let found = rows.filter((r) => r.id !== null);
    const more = found.length > DESK_PAGE_SIZE;
    if (direction === "after") found = more ? found.slice(1) : found;
    else found = found.slice(0, DESK_PAGE_SIZE);
    const stories: DeskStory[] = found.map(
      ({ id, slug, headline, status, updatedAt, publishedAt, scheduledAt, version, bylines }) => ({
        ...{ id, slug, headline, status, updatedAt, publishedAt, scheduledAt, version },
        bylines: bylines.map((user) => ({ user })),
      }),
    );
    const first = stories[0];
    const last = stories.at(-1);
    const hasNewer = direction === "after" ? more : direction === "before";
    const hasOlder = direction === "after" ? true : more;
    return {
      stories,
      total,
      totalCapped,
      newer: hasNewer && first ? formatCursor({ at: first.updatedAt, id: first.id }) : null,
      older: hasOlder && last ? formatCursor({ at: last.updatedAt, id: last.id }) : null,
      badCursor,
      pageSize: DESK_PAGE_SIZE,
    };
  };

  /** When set, the count reads only the driver's newest this many rows: "at least" what they hold. */
  let countWindow: number | undefined;
  let count: number | undefined;

  /**
   * The page from the driver. Gathered (the headline's trigram matches, up to the count's bound,
   * probed for the other filters): the page and the count from the same matches. Walked: the
   * driver's rows from the page's place, newest first, with the count unless it is known.
   */
  const pageFrom = (driver: Driver, gather: boolean) => {
    const src = source(driver);
    const all = [...src.own, ...probes(driver, src.id)];
    if (gather)
      return readPage(
        Prisma.sql`matched AS MATERIALIZED (
          SELECT ${src.id} AS id, ${src.at} AS at FROM ${src.from} ${whereOf(all)}
          LIMIT ${DESK_COUNT_LIMIT + 1}
        ),
        ids AS (
          SELECT id FROM matched ${whereOf(keysetOf({ at: Prisma.sql`at`, id: Prisma.sql`id` }))}
          ORDER BY at ${dir}, id ${dir} LIMIT ${DESK_PAGE_SIZE + 1}
        )`,
        Prisma.sql`(SELECT count(*)::int FROM matched) AS total`,
      );
    // Only an author's or a tag's rows are counted in a window: what the probes read of them, so
    // that the window is read from their index alone.
    const newest = () => Prisma.sql`(SELECT ${src.id}, ${src.at}, d."storyHeadline" FROM ${src.from}
      ${whereOf(src.own)} ORDER BY ${src.at} DESC, ${src.id} DESC LIMIT ${countWindow}) d`;
    return readPage(
      Prisma.sql`ids AS (
        SELECT ${src.id} AS id FROM ${src.from} ${whereOf([...all, ...keysetOf(src)])}
        ORDER BY ${src.at} ${dir}, ${src.id} ${dir} LIMIT ${DESK_PAGE_SIZE + 1}
      )`,
      count !== undefined
        ? Prisma.sql`NULL::int AS total`
        : countWindow !== undefined
          ? Prisma.sql`(SELECT count(*)::int FROM (SELECT 1 FROM ${newest()}
              ${whereOf(probes(driver, src.id))} LIMIT ${DESK_COUNT_LIMIT + 1}) c) AS total`
          : Prisma.sql`(${bounded(driver, all)}) AS total`,
    );
  };

  // Choose the driver. A headline search, alone or with others, counts its sets first (each read
  // from its own index, up to the bound): left to its estimates the planner walked the whole list
  // for a word in 500 headlines, or an author's rows for a tag they used twice.
  let driver: Driver = sets.length === 1 ? sets[0] : "story";
  let gather = false;
  /** The headline is one common word (no status narrows it): more matches than the bound. */
  const commonWord = async () =>
    Boolean(filters.q) && !status && commonHeadlineWord(client, filters.q as string);
  if (sets.length === 1 && driver === "headline") {
    if (await commonWord()) {
      // A common word: walked at once, "1,000+".
      count = DESK_COUNT_LIMIT + 1;
    } else {
      // Gathered first: a word with no more matches than the count's bound is done, its count
      // exact; a commoner one (a word in 0.1% of the stories or more) is met soon enough walking the
      // list newest first, in the list's index.
      const rows = await pageFrom("headline", true);
      count = rows[0]?.total ?? 0;
      if (count <= DESK_COUNT_LIMIT) return toPage(rows, count, false);
    }
    driver = "story";
  } else if (sets.length > 1) {
    // An author's and a tag's sets are counted first, in their own indexes. The smallest of them,
    // when it is small enough to drive, is walked with the headline tested on its join rows' copy,
    // which the headline driving could not beat; so the headline is not counted at all (its count
    // reads a story row per match: 8-20 ms for a common word at 1,000,000 stories). Only when they
    // are all too large is the headline counted, as far as it is gathered in full, unless it is one
    // common word, with or without a status: here the count only chooses the driver, and the walk
    // it falls back to reads the author's (or tag's) rows of that status from their own index, which
    // were counted past DESK_DRIVE_LIMIT (at 1,000,000 stories the count was 8 ms of a 33 ms page
    // for 'plan' with a status and an author).
    const bound = (d: SetDriver) => (d === "headline" ? DESK_COUNT_LIMIT : DESK_DRIVE_LIMIT);
    const countSets = async (which: SetDriver[]) => {
      const [row] = await client.$queryRaw<Record<SetDriver, number | null>[]>`
        SELECT ${Prisma.join(
          which.map(
            (d) => Prisma.sql`(${bounded(d, source(d).own, bound(d))}) AS ${Prisma.raw(`"${d}"`)}`,
          ),
        )}`;
      return which.map((d) => {
        const n = row[d] ?? 0;
        return { d, size: n > bound(d) ? Infinity : n };
      });
    };
    const smallestOf = (counted: { d: SetDriver; size: number }[]) =>
      counted.reduce((a, b) => (b.size < a.size ? b : a));
    let smallest = smallestOf(await countSets(sets.filter((d) => d !== "headline")));
    if (
      smallest.size > DESK_DRIVE_LIMIT &&
      pattern &&
      !(await commonHeadlineWord(client, filters.q as string))
    )
      smallest = smallestOf([smallest, ...(await countSets(["headline"]))]);
    if (smallest.size <= DESK_DRIVE_LIMIT) {
      driver = smallest.d;
      gather = smallest.d === "headline";
    } else {
      driver = filters.authorId ? "author" : "tag";
      countWindow = DESK_COUNT_WINDOW;
    }
  }

  const rows = await pageFrom(driver, gather);
  count ??= rows[0]?.total ?? 0;
  return toPage(
    rows,
    Math.min(count, DESK_COUNT_LIMIT),
    count > DESK_COUNT_LIMIT || countWindow !== undefined,
  );
}
