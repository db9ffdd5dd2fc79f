import { z } from "zod";
import { formBoolean } from "@/lib/stories/schema";

// A source as the reporter records it. Public fields describe the source in print; private ones
// (identity, contact) stay in the newsroom.
export const sourceInputSchema = z.object({
  anonymous: formBoolean,
  publicDescription: z
    .string()
    .trim()
    .min(1, "Describe the source as the story will.")
    .max(300, "Keep it under 300 characters."),
  headcount: z.coerce
    .number({ message: "A number of people." })
    .int("A whole number.")
    .min(1, "At least one.")
    .max(1000),
  basisOfKnowledge: z.string().trim().max(500, "Keep it under 500 characters.").default(""),
  anonymityReason: z.string().trim().max(500, "Keep it under 500 characters.").default(""),
  privateIdentity: z.string().trim().max(500, "Keep it under 500 characters.").default(""),
  privateContact: z.string().trim().max(500, "Keep it under 500 characters.").default(""),
});
export type SourceInput = z.infer<typeof sourceInputSchema>;

/** The fields of the source form, as the panel sends them. */
export const SOURCE_FORM_FIELDS = [
  "anonymous",
  "publicDescription",
  "headcount",
  "basisOfKnowledge",
  "anonymityReason",
  "privateIdentity",
  "privateContact",
] as const;
