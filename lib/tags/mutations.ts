import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { requireCan } from "@/lib/auth/session";
import { pagesShowingTags } from "@/lib/cache/tags";
import { invalidateTags } from "@/lib/cache/invalidate";
import { db } from "@/lib/db/client";
import { slugify } from "@/lib/shared/slug";
import { assertNameAndSlugFree, cleanAliases } from "./checks";
import { insertTag } from "./insert";
import { InputError, NotFoundError, parseId, parseInput } from "@/lib/shared/errors";
import { tagInputSchema, TAG_ALIASES_MAX, type TagInput } from "./schema";
import { uniqueViolation } from "./unique-violation";
import { tagFieldsSelect } from "./queries";

function parseTagInput(raw: TagInput) {
  const data = parseInput(tagInputSchema, raw);
  const slug = data.slug || slugify(data.name);
  if (!slug)
    throw new InputError("Check the highlighted fields.", {
      slug: ["The name has no letters or digits to make a slug from; enter one."],
    });
  return { ...data, slug, aliases: cleanAliases(data.name, data.aliases) };
}

// Create a tag in the vocabulary (admins; editors add tags through the story editor's picker).
export async function createTag(raw: TagInput) {
  const actor = await requireCan("tags.manage");
  const input = parseTagInput(raw);
  const tag = await db
    .$transaction(async (tx) => {
      await assertNameAndSlugFree(tx, { name: input.name, slug: input.slug });
      return insertTag(tx, actor.id, input);
    })
    .catch(uniqueViolation);
  invalidateTags(pagesShowingTags({ tagIds: [tag.id], slugs: [tag.slug] }));
  return tag;
}

// Edit a tag. A new slug leaves the old one redirecting (308); a new name keeps the old one as an alias.
export async function updateTag(id: string, raw: TagInput) {
  id = parseId(id, "tag");
  const actor = await requireCan("tags.manage");
  const input = parseTagInput(raw);
  const result = await db
    .$transaction(async (tx) => {
      // Locked, so that a concurrent edit, merge or delete of this tag waits rather than interleaves.
      await tx.$queryRaw`SELECT id FROM "Tag" WHERE id = ${id} FOR UPDATE`;
      const before = await tx.tag.findUnique({
        where: { id },
        select: { ...tagFieldsSelect, slugRedirects: { select: { oldSlug: true } } },
      });
      if (!before) throw new NotFoundError("tag", "it may have been merged or deleted.");
      await assertNameAndSlugFree(tx, { name: input.name, slug: input.slug, exceptId: id });
      const renamed = before.name !== input.name;
      const reslugged = before.slug !== input.slug;
      const aliases = cleanAliases(
        input.name,
        renamed ? [...input.aliases, before.name] : input.aliases,
      );
      if (aliases.length > TAG_ALIASES_MAX) {
        throw new InputError("Check the highlighted fields.", {
          aliases: [`At most ${TAG_ALIASES_MAX} aliases (the old name is kept as one).`],
        });
      }
      if (reslugged) {
        // Returning to an earlier slug of this same tag: that address is live again, not a redirect.
        await tx.tagSlugRedirect.deleteMany({ where: { oldSlug: input.slug, tagId: id } });
        await tx.tagSlugRedirect.create({ data: { oldSlug: before.slug, tagId: id } });
      }
      const after = await tx.tag.update({
        where: { id },
        data: { ...input, aliases },
        select: { id: true, name: true, slug: true },
      });
      const storyIds =
        renamed || reslugged
          ? (await tx.storyTag.findMany({ where: { tagId: id }, select: { storyId: true } })).map(
              (s) => s.storyId,
            )
          : [];
      await recordAudit(tx, {
        actorId: actor.id,
        action: renamed || reslugged ? "tag.rename" : "tag.update",
        entityType: "tag",
        entityId: id,
        details: {
          before: { name: before.name, slug: before.slug, kind: before.kind },
          after: { name: after.name, slug: after.slug, kind: input.kind },
        },
      });
      return { tag: after, before, storyIds };
    })
    .catch(uniqueViolation);
  invalidateTags(
    pagesShowingTags({
      tagIds: [id],
      // Older addresses redirect to the current slug, which just changed.
      slugs: [
        result.before.slug,
        result.tag.slug,
        ...result.before.slugRedirects.map((r) => r.oldSlug),
      ],
      // Their pages show the tag's name and link to its address.
      storyIds: result.storyIds,
    }),
  );
  return result.tag;
}
