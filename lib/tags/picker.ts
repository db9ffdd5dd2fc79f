import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/log";
import { requireCan } from "@/lib/auth/session";
import { cacheTags } from "@/lib/cache/tags";
import { invalidateTags } from "@/lib/cache/invalidate";
import { db } from "@/lib/db/client";
import { table } from "@/lib/db/sql";
import { slugify } from "@/lib/shared/slug";
import { assertStoryAccess } from "@/lib/stories/child-access";
import { assertNameAndSlugFree } from "./checks";
import { insertTag } from "./insert";
import { InputError, parseId, parseInput, parseSearchText } from "@/lib/shared/errors";

export interface PickerTag {
  id: string;
  name: string;
  slug: string;
}

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

// Search-as-you-type over name, slug and aliases. PostgreSQL narrows the vocabulary (any size) to
// the tags that contain the words, by name, by alias, or by slug (the slug is accent-folded, so
// "zur" finds "Zürich"); then they are ranked here: prefix matches first, so "rare" finds
// "Rare earths" before "Fare rises" (alias "rare fares").
export async function searchTagsForPicker(query: string): Promise<PickerTag[]> {
  await requireCan("stories.list");
  const q = fold(parseSearchText(query, 80));
  if (!q) return [];
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  const like = `%${escaped}%`;
  const slugLike = `%${slugify(q)}%`;
  const tags = await db.$queryRaw<{ id: string; name: string; slug: string; aliases: string[] }[]>`
    SELECT id, name, slug, aliases FROM ${table("Tag")}
    WHERE name ILIKE ${like} OR (${slugLike} <> '%%' AND slug LIKE ${slugLike})
       OR EXISTS (SELECT 1 FROM unnest(aliases) AS a(alias) WHERE a.alias ILIKE ${like})
    ORDER BY (name ILIKE ${`${escaped}%`}) DESC, name LIMIT 200`;
  const scored = tags.flatMap((t) => {
    const names = [t.name, t.slug, ...t.aliases].map(fold);
    // The name's own prefix, then a slug or alias prefix, then the words anywhere.
    const score = names[0].startsWith(q)
      ? 0
      : names.some((n) => n.startsWith(q))
        ? 1
        : names.some((n) => n.includes(q))
          ? 2
          : 3;
    // A slug match alone (punctuation dropped by the slug) is not a match of what was typed.
    return score === 3 ? [] : [{ score, tag: { id: t.id, name: t.name, slug: t.slug } }];
  });
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, 10)
    .map((s) => s.tag);
}

const newTagSchema = z.object({
  name: z.string().trim().min(1, "Name the tag.").max(80, "Keep the name under 80 characters."),
});

// Editors may add a tag to the vocabulary from the editor, without leaving the story.
export async function createTagInline(input: unknown): Promise<PickerTag> {
  const user = await requireCan("tags.create");
  const { name } = parseInput(newTagSchema, input);
  const slug = slugify(name);
  if (!slug)
    throw new InputError("That name has no letters or digits.", {
      name: ["Use letters or digits."],
    });
  const tag = await db.$transaction(async (tx) => {
    // The admin's rules (lib/tags/checks.ts): a name taken in any case, a slug taken by another
    // tag or still redirecting from one of its old addresses. The picker has one field, the name.
    await assertNameAndSlugFree(tx, { name, slug }).catch((error: unknown) => {
      if (!(error instanceof InputError)) throw error;
      throw new InputError(
        error.fieldErrors.name
          ? "That tag already exists; pick it from the list."
          : "That name makes the address of another tag; pick that tag, or name this one differently.",
        { name: [...(error.fieldErrors.name ?? []), ...(error.fieldErrors.slug ?? [])] },
      );
    });
    return insertTag(tx, user.id, { name, slug });
  });
  invalidateTags([cacheTags.tagList]);
  return tag;
}

const tagRequestSchema = z.object({
  storyId: z.string().min(1),
  name: newTagSchema.shape.name,
});

export interface TagRequest {
  name: string;
  askedBy: string;
  askedAt: string;
}

// A writer who may not add tags asks the desk for one, from the story that needs it; the request is
// kept in the audit log and shown to editors on that story's Tags panel until the tag exists.
export async function requestTag(input: unknown): Promise<{ name: string }> {
  const user = await requireCan("stories.list");
  const { storyId, name } = parseInput(tagRequestSchema, input);
  await db.$transaction(async (tx) => {
    await assertStoryAccess(tx, user, storyId);
    await recordAudit(tx, {
      actorId: user.id,
      action: "tag.request",
      entityType: "story",
      entityId: storyId,
      details: { name },
    });
  });
  return { name };
}

/** The tags asked for on a story that the vocabulary still lacks, oldest first, one per name. */
export async function listTagRequests(storyId: string): Promise<TagRequest[]> {
  storyId = parseId(storyId, "story");
  const user = await requireCan("stories.list");
  const rows = await db.$transaction(async (tx) => {
    await assertStoryAccess(tx, user, String(storyId), "stories.view");
    return tx.auditLog.findMany({
      where: { action: "tag.request", entityType: "story", entityId: String(storyId) },
      orderBy: { createdAt: "asc" },
      take: 50,
      select: { details: true, createdAt: true, actor: { select: { name: true } } },
    });
  });
  const byName = new Map<string, TagRequest>();
  for (const row of rows) {
    const name = String((row.details as { name?: unknown } | null)?.name ?? "").trim();
    if (name && !byName.has(name.toLowerCase()))
      byName.set(name.toLowerCase(), {
        name,
        askedBy: row.actor?.name ?? "someone",
        askedAt: row.createdAt.toISOString(),
      });
  }
  if (byName.size === 0) return [];
  const existing = await db.tag.findMany({
    where: {
      OR: [...byName.values()].map((r) => ({
        OR: [{ name: { equals: r.name, mode: "insensitive" as const } }, { slug: slugify(r.name) }],
      })),
    },
    select: { name: true, slug: true },
  });
  const taken = new Set(existing.flatMap((t) => [t.name.toLowerCase(), t.slug]));
  return [...byName.values()].filter(
    (r) => !taken.has(r.name.toLowerCase()) && !taken.has(slugify(r.name)),
  );
}
