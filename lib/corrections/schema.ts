import { z } from "zod";

export const correctionInputSchema = z.object({
  kind: z.enum(["CORRECTION", "UPDATE"], { message: "Correction or update?" }),
  text: z
    .string()
    .trim()
    .min(1, "Write the correction as readers will see it.")
    .max(2000, "Keep it under 2,000 characters."),
});
