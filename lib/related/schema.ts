import { z } from "zod";
import { isSafeLinkUrl } from "@/lib/editor/safe-url";

// A related article: one of our own published stories, or an external one typed in by hand
// (no server-side fetching of URLs).
export const relatedInternalSchema = z.object({
  kind: z.literal("internal"),
  targetStoryId: z.string().min(1, "Pick a story."),
});

export const relatedExternalSchema = z.object({
  kind: z.literal("external"),
  url: z
    .string()
    .trim()
    .min(1, "The article's address.")
    .max(2048)
    .refine((u) => /^https?:\/\//i.test(u) && isSafeLinkUrl(u), "Use a full http(s) address."),
  outlet: z.string().trim().min(1, "Which outlet published it?").max(120),
  headline: z.string().trim().min(1, "The article's headline.").max(300),
  publishedAt: z
    .date()
    .refine((d) => !Number.isNaN(d.getTime()), "Not a date.")
    .optional(),
  excerpt: z.string().trim().max(600, "Keep the excerpt under 600 characters.").default(""),
});

export const relatedInputSchema = z.discriminatedUnion("kind", [
  relatedInternalSchema,
  relatedExternalSchema,
]);
export type RelatedInput = z.infer<typeof relatedInputSchema>;
