import { z } from "zod";
import { formBoolean } from "@/lib/stories/schema";
import { optionalText, requiredText } from "@/lib/shared/text-field";

const note = optionalText(500, "Keep it under 500 characters.").default("");

// A source as the reporter records it. Public fields describe the source in print; private ones
// (identity, contact) stay in the newsroom.
export const sourceInputSchema = z.object({
  anonymous: formBoolean,
  publicDescription: requiredText(300, {
    empty: "Describe the source as the story will.",
    tooLong: "Keep it under 300 characters.",
  }),
  headcount: z.coerce
    .number({ message: "A number of people." })
    .int("A whole number.")
    .min(1, "At least one.")
    .max(1000),
  basisOfKnowledge: note,
  anonymityReason: note,
  privateIdentity: note,
  privateContact: note,
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
