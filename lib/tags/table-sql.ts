import { Prisma } from "@/lib/db/generated/client";
import type { TagKind } from "@/lib/db/generated/enums";
import { TAG_PAGE_SIZE, type TagListQuery } from "./schema";

export interface TagRow {
  id: string;
  name: string;
  slug: string;
  kind: TagKind;
  aliases: string[];
  published: number;
  unpublished: number;
  lastUsed: Date | null;
}

// Sort keys map to fixed SQL, never to user text.
const ORDER: Record<TagListQuery["sort"], string> = {
  name: `t.name`,
  slug: `t.slug`,
  kind: `t.kind`,
  uses: `(coalesce(u.published, 0) + coalesce(u.unpublished, 0))`,
  lastUsed: `u."lastUsed"`,
};

const USAGE_COLUMNS = Prisma.sql`
  count(*) FILTER (WHERE s.status = 'PUBLISHED')::int AS published,
  count(*) FILTER (WHERE s.status <> 'PUBLISHED')::int AS unpublished,
  max(coalesce(s."publishedAt", s."updatedAt")) AS "lastUsed"`;

/**
 * The tag table's one query (also run by bench/admin-tags.ts): a page of tags with use counts and
 * the total. Sorted by a column of the tag, it pages the tags first and counts uses for those 50
 * only; sorted by use, it must count every tag's uses, once, by GROUP BY, and join.
 */
export function tagTableSql(query: TagListQuery): Prisma.Sql {
  const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const where: Prisma.Sql[] = [];
  if (query.kind) where.push(Prisma.sql`t.kind::text = ${query.kind}`);
  if (query.q)
    where.push(
      Prisma.sql`(t.name ILIKE ${like} OR t.slug ILIKE ${like} OR EXISTS (SELECT 1 FROM unnest(t.aliases) a WHERE a ILIKE ${like}))`,
    );
  const filter = where.length ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty;
  const dir = query.dir === "desc" ? "DESC" : "ASC";
  const offset = (query.page - 1) * TAG_PAGE_SIZE;

  if (query.sort === "name" || query.sort === "slug" || query.sort === "kind") {
    const order = Prisma.raw(`${ORDER[query.sort].replace("t.", "p.")} ${dir}, p.name ASC`);
    return Prisma.sql`
      WITH p AS (
        SELECT t.id, t.name, t.slug, t.kind, t.aliases, count(*) OVER ()::int AS total
        FROM "Tag" t ${filter}
        ORDER BY ${Prisma.raw(`${ORDER[query.sort]} ${dir}, t.name ASC`)}
        LIMIT ${TAG_PAGE_SIZE} OFFSET ${offset}
      )
      SELECT p.id, p.name, p.slug, p.kind::text AS kind, p.aliases, u.published, u.unpublished, u."lastUsed", p.total
      FROM p LEFT JOIN LATERAL (
        SELECT ${USAGE_COLUMNS} FROM "StoryTag" st JOIN "Story" s ON s.id = st."storyId" WHERE st."tagId" = p.id
      ) u ON true
      ORDER BY ${order}`;
  }

  const order = Prisma.raw(`${ORDER[query.sort]} ${dir} NULLS LAST, t.name ASC`);
  return Prisma.sql`
    WITH u AS MATERIALIZED (
      SELECT st."tagId", ${USAGE_COLUMNS}
      FROM "StoryTag" st JOIN "Story" s ON s.id = st."storyId"
      GROUP BY st."tagId"
    )
    SELECT t.id, t.name, t.slug, t.kind::text AS kind, t.aliases,
      coalesce(u.published, 0) AS published, coalesce(u.unpublished, 0) AS unpublished, u."lastUsed",
      count(*) OVER ()::int AS total
    FROM "Tag" t LEFT JOIN u ON u."tagId" = t.id
    ${filter}
    ORDER BY ${order}
    LIMIT ${TAG_PAGE_SIZE} OFFSET ${offset}`;
}
