import type { StoryStatus } from "@/lib/db/generated/enums";

/** A story's workflow status as the desk reads it (the story list and the editor's checklist). */
export const STATUS_LABEL = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  UNPUBLISHED: "Unpublished",
} as const satisfies Record<StoryStatus, string>;
