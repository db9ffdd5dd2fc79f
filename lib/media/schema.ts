import { z } from "zod";
import { optionalText, requiredText } from "@/lib/shared/text-field";

// Every input of the media library, shared by the upload form, the details form and the server.

const id = z.string().min(1).max(64);

export const mediaDetailsSchema = z.object({
  alt: requiredText(300, {
    empty: "Describe the picture for readers who cannot see it (alt text).",
    tooLong: "Keep the alt text under 300 characters.",
  }),
  caption: optionalText(600, "Keep the caption under 600 characters."),
  credit: requiredText(200, {
    empty: "Credit the photographer or agency.",
    tooLong: "Keep the credit under 200 characters.",
  }),
  copyright: optionalText(300, "Keep the copyright line under 300 characters."),
  rightsNote: optionalText(1000, "Keep the rights note under 1,000 characters."),
});
export type MediaDetails = z.infer<typeof mediaDetailsSchema>;

export const mediaUpdateSchema = mediaDetailsSchema.extend({ mediaId: id });

export const focalPointSchema = z.object({
  mediaId: id,
  x: z.coerce.number().min(0).max(1),
  y: z.coerce.number().min(0).max(1),
});

export const leadImageSchema = z.object({ storyId: id, mediaId: id.nullable() });

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-12-01.")
  .optional()
  .or(z.literal("").transform(() => undefined));

export const mediaSearchSchema = z.object({
  q: z.string().trim().max(200).default(""),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type MediaSearch = z.infer<typeof mediaSearchSchema>;
