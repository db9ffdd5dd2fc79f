import "server-only";
import type { Tx } from "@/lib/db/client";
import { InputError } from "@/lib/shared/errors";

// Uniqueness rules shared by create and edit, checked inside the mutation's transaction.
// Names are compared without regard to case ("Floods" and "floods" are one tag); a slug must be
// free both as another tag's slug and as another tag's old (redirecting) slug.
export async function assertNameAndSlugFree(
  tx: Tx,
  { name, slug, exceptId }: { name: string; slug: string; exceptId?: string },
) {
  const fieldErrors: Record<string, string[]> = {};
  const sameName = await tx.tag.findFirst({
    where: {
      name: { equals: name, mode: "insensitive" },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { name: true },
  });
  if (sameName) fieldErrors.name = [`A tag named “${sameName.name}” already exists.`];
  const sameSlug = await tx.tag.findFirst({
    where: { slug, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true },
  });
  if (sameSlug) fieldErrors.slug = [`The slug “${slug}” is taken by the tag “${sameSlug.name}”.`];
  else {
    const redirect = await tx.tagSlugRedirect.findUnique({
      where: { oldSlug: slug },
      select: { tagId: true, tag: { select: { name: true } } },
    });
    if (redirect && redirect.tagId !== exceptId) {
      fieldErrors.slug = [
        `The slug “${slug}” is an old address of the tag “${redirect.tag.name}” and still redirects there.`,
      ];
    }
  }
  if (Object.keys(fieldErrors).length > 0)
    throw new InputError("Check the highlighted fields.", fieldErrors);
}

/** Aliases without the tag's own name and without repeats, ignoring case. */
export function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([name.toLowerCase()]);
  const out: string[] = [];
  for (const alias of aliases) {
    const key = alias.trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(alias.trim());
  }
  return out;
}
