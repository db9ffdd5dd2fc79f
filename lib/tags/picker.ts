import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/log";
import { requireCan } from "@/lib/auth/session";
import { cacheTags } from "@/lib/cache/tags";
import { invalidateTags } from "@/lib/cache/invalidate";
import { db } from "@/lib/db/client";
import { table } from "@/lib/db/sql";
import { slugify } from "@/lib/shared/slug";
import { InputError } from "@/lib/stories/result";

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
  const q = fold(query.trim()).slice(0, 80);
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
  const { name } = newTagSchema.parse(input);
  const slug = slugify(name);
  if (!slug)
    throw new InputError("That name has no letters or digits.", {
      name: ["Use letters or digits."],
    });
  const tag = await db.$transaction(async (tx) => {
    const existing = await tx.tag.findFirst({
      where: { OR: [{ name: { equals: name, mode: "insensitive" } }, { slug }] },
      select: { id: true },
    });
    if (existing)
      throw new InputError("That tag already exists; pick it from the list.", {
        name: ["Already in the vocabulary."],
      });
    const created = await tx.tag.create({
      data: { name, slug },
      select: { id: true, name: true, slug: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "tag.create",
      entityType: "tag",
      entityId: created.id,
      details: { name, slug },
    });
    return created;
  });
  invalidateTags([cacheTags.tagList]);
  return tag;
}
