import "server-only";
import { requireCan } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { findDuplicateGroups } from "./duplicates";
import { TAG_PAGE_SIZE, type TagListQuery } from "./schema";
import { tagTableSql, type TagRow } from "./table-sql";

// The admin's tag table: one query, counts by GROUP BY, a page at a time (quick at 10,000 tags).
export async function listTagsForAdmin(
  query: TagListQuery,
): Promise<{ rows: TagRow[]; total: number; pageSize: number }> {
  await requireCan("tags.manage");
  const rows = await db.$queryRaw<(TagRow & { total: number })[]>(tagTableSql(query));
  return {
    rows: rows.map(({ total: _total, ...row }) => row),
    total: rows[0]?.total ?? (query.page > 1 ? await db.tag.count() : 0),
    pageSize: TAG_PAGE_SIZE,
  };
}

/** What an admin edits of a tag: the edit page shows these, and an edit's audit entry records them. */
export const tagFieldsSelect = {
  id: true,
  name: true,
  slug: true,
  kind: true,
  description: true,
  aliases: true,
} as const;

// One tag with what the edit page shows: its old addresses and how many stories use it.
export async function getTagForAdmin(id: string) {
  await requireCan("tags.manage");
  const tag = await db.tag.findUnique({
    where: { id },
    select: {
      ...tagFieldsSelect,
      createdAt: true,
      updatedAt: true,
      slugRedirects: { select: { oldSlug: true }, orderBy: { createdAt: "desc" } },
      _count: { select: { stories: true } },
    },
  });
  return tag;
}

/** Finds a tag by slug, old slug or name (any case), for the merge and move-to fields. */
export async function findTagByRef(ref: string) {
  await requireCan("tags.manage");
  const text = typeof ref === "string" ? ref.trim() : "";
  if (!text || text.includes("\u0000")) return null; // no tag is called that
  const select = { id: true, name: true, slug: true } as const;
  return (
    (await db.tag.findUnique({ where: { slug: text.toLowerCase() }, select })) ??
    (
      await db.tagSlugRedirect.findUnique({
        where: { oldSlug: text.toLowerCase() },
        select: { tag: { select } },
      })
    )?.tag ??
    (await db.tag.findFirst({ where: { name: { equals: text, mode: "insensitive" } }, select }))
  );
}

// Duplicate candidates over the whole vocabulary: names only, grouped in memory by folded key.
export async function listDuplicateCandidates() {
  await requireCan("tags.manage");
  const tags = await db.tag.findMany({
    select: { id: true, name: true, slug: true, kind: true, _count: { select: { stories: true } } },
    orderBy: { name: "asc" },
  });
  return findDuplicateGroups(tags);
}
