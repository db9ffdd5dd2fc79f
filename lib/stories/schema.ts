import { z } from "zod";
import { storyDocumentSchema } from "@/lib/editor/document";
import { SLUG_PATTERN } from "@/lib/shared/slug";
import { optionalText, requiredText } from "@/lib/shared/text-field";

// Every input of the story editor, shared by the browser (to show errors early) and the server
// (which decides).

const id = z.string().min(1).max(64);
const headline = requiredText(300, {
  empty: "A headline is required.",
  tooLong: "Keep the headline under 300 characters.",
});

export const storySaveSchema = z.object({
  storyId: id,
  /** The version the writer's text was based on; a save on top of anything newer is refused. */
  baseVersion: z.number().int().min(1),
  headline,
  summary: optionalText(1000, "Keep the summary under 1,000 characters."),
  dateline: optionalText(120, "Keep the dateline under 120 characters."),
  slug: requiredText(120, {
    empty: "A slug is required.",
    tooLong: "Keep the slug under 120 characters.",
  }).regex(SLUG_PATTERN, "Use lower-case letters, digits and single hyphens."),
  bylineIds: z.array(id).min(1, "A story needs at least one byline.").max(12),
  tagIds: z.array(id).max(40, "At most 40 tags."),
  body: storyDocumentSchema,
});
export type StorySaveInput = z.infer<typeof storySaveSchema>;

/** A panel row moved a place up or down (a source, a request for comment, a related article). */
export const rowMoveSchema = z.object({ id: z.string().min(1), direction: z.enum(["up", "down"]) });

export const storyCreateSchema = z.object({
  headline,
});

/** A schedule time, checked against the clock when it is parsed. */
export const scheduleSchema = z.object({
  storyId: id,
  scheduledAt: z.coerce
    .date({ message: "Choose a date and time." })
    .refine((d) => !Number.isNaN(d.getTime()), "Choose a date and time.")
    .refine((d) => d.getTime() > Date.now(), "The scheduled time must be in the future."),
});

export const revisionRestoreSchema = z.object({
  storyId: id,
  revisionId: id,
  baseVersion: z.number().int().min(1),
});

/** A `datetime-local` value ("2026-11-28T14:30") read in the writer's own time zone. */
export function parseLocalDateTime(value: unknown, offsetMinutes: unknown): Date | undefined {
  if (typeof value !== "string" || !value.trim()) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value.trim());
  if (!m) return new Date(Number.NaN);
  const utc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  const offset = Number(offsetMinutes);
  return new Date(utc + (Number.isFinite(offset) ? offset : 0) * 60_000);
}

export const formBoolean = z.preprocess(
  (v) => v === "on" || v === "true" || v === true,
  z.boolean(),
);
