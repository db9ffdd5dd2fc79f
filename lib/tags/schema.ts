import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/shared/slug";
import { requiredText } from "@/lib/shared/text-field";

// Inputs of the tag vocabulary, shared by the admin's forms and the server.

export const TAG_KINDS = ["TOPIC", "PERSON", "ORGANISATION", "PLACE"] as const;
export const TAG_NAME_MAX = 80;
export const TAG_DESCRIPTION_MAX = 500;
export const TAG_ALIASES_MAX = 20;

const tagName = requiredText(TAG_NAME_MAX, {
  empty: "Enter a name.",
  tooLong: `Keep the name to ${TAG_NAME_MAX} characters or fewer.`,
});

const tagSlug = z
  .string()
  .trim()
  .max(TAG_NAME_MAX, { message: `Keep the slug to ${TAG_NAME_MAX} characters or fewer.` })
  .refine((s) => s === "" || SLUG_PATTERN.test(s), {
    message: "Use lower-case letters, digits and single hyphens only (no spaces or slashes).",
  });

/** Aliases come from a textarea, one per line or comma-separated; blanks and repeats are dropped. */
const aliasList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(/[\n,]/)))
  .transform((list) => [...new Set(list.map((a) => a.trim()).filter(Boolean))])
  .pipe(
    z
      .array(
        z.string().max(TAG_NAME_MAX, {
          message: `Keep each alias to ${TAG_NAME_MAX} characters or fewer.`,
        }),
      )
      .max(TAG_ALIASES_MAX, { message: `At most ${TAG_ALIASES_MAX} aliases.` }),
  );

export const tagInputSchema = z.object({
  name: tagName,
  /** Empty means: derive it from the name. */
  slug: tagSlug.default(""),
  kind: z.enum(TAG_KINDS, { message: "Pick a kind." }),
  description: z
    .string()
    .trim()
    .max(TAG_DESCRIPTION_MAX, {
      message: `Keep the description to ${TAG_DESCRIPTION_MAX} characters or fewer.`,
    })
    .default(""),
  aliases: aliasList.default([]),
});
export type TagInput = z.input<typeof tagInputSchema>;

export const tagMergeSchema = z
  .object({
    targetId: z.string().min(1, { message: "Pick the tag to keep." }),
    sourceIds: z
      .array(z.string().min(1))
      .min(1, { message: "Pick at least one tag to merge." })
      .max(100, { message: "Merge at most 100 tags at once." })
      .transform((ids) => [...new Set(ids)]),
  })
  .refine((m) => !m.sourceIds.includes(m.targetId), {
    message: "A tag cannot be merged into itself or into a tag that is being merged.",
    path: ["targetId"],
  });
export type TagMergeInput = z.input<typeof tagMergeSchema>;

export const tagDeleteSchema = z.object({
  tagId: z.string().min(1),
  /** Where the tag's stories go; required only while stories use the tag. */
  moveToId: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type TagDeleteInput = z.input<typeof tagDeleteSchema>;

export const TAG_SORTS = ["name", "slug", "kind", "uses", "lastUsed"] as const;
export const TAG_PAGE_SIZE = 50;

export const tagListQuerySchema = z.object({
  q: z.string().trim().max(TAG_NAME_MAX).catch(""),
  kind: z.enum(TAG_KINDS).optional().catch(undefined),
  sort: z.enum(TAG_SORTS).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TagListQuery = z.infer<typeof tagListQuerySchema>;
