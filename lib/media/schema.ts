import { z } from "zod";

// Every input of the media library, shared by the upload form, the details form and the server.

const id = z.string().min(1).max(64);

export const mediaDetailsSchema = z.object({
  alt: z
    .string()
    .trim()
    .min(1, "Describe the picture for readers who cannot see it (alt text).")
    .max(300, "Keep the alt text under 300 characters."),
  caption: z.string().trim().max(600, "Keep the caption under 600 characters."),
  credit: z
    .string()
    .trim()
    .min(1, "Credit the photographer or agency.")
    .max(200, "Keep the credit under 200 characters."),
  copyright: z.string().trim().max(300, "Keep the copyright line under 300 characters."),
  rightsNote: z.string().trim().max(1000, "Keep the rights note under 1,000 characters."),
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
