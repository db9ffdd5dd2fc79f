import { z } from "zod";
import { requiredText } from "@/lib/shared/text-field";

export const correctionInputSchema = z.object({
  kind: z.enum(["CORRECTION", "UPDATE"], { message: "Correction or update?" }),
  text: requiredText(2000, {
    empty: "Write the correction as readers will see it.",
    tooLong: "Keep it under 2,000 characters.",
  }),
});
