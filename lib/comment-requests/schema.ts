import { z } from "zod";
import { optionalText, requiredText } from "@/lib/shared/text-field";

// A request for comment as recorded: who, how, when, and what came back. Dates arrive as Date
// objects already read in the writer's time zone (see parseLocalDateTime).
export const commentRequestInputSchema = z
  .object({
    organisation: requiredText(200, {
      empty: "Which organisation or person was asked?",
      tooLong: "Keep it under 200 characters.",
    }),
    channel: z.enum(["EMAIL", "PHONE", "FAX", "IN_PERSON", "OTHER"], {
      message: "Choose how it was sent.",
    }),
    sentAt: z
      .date({ message: "When was it sent?" })
      .refine((d) => !Number.isNaN(d.getTime()), "When was it sent?"),
    deadline: z
      .date()
      .refine((d) => !Number.isNaN(d.getTime()), "Not a date.")
      .optional(),
    outcome: z.enum(["PENDING", "RESPONDED", "DECLINED", "NO_RESPONSE"], {
      message: "Choose an outcome.",
    }),
    responseText: optionalText(5000, "Keep the response under 5,000 characters.").default(""),
    respondedAt: z
      .date()
      .refine((d) => !Number.isNaN(d.getTime()), "Not a date.")
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.deadline && v.deadline < v.sentAt)
      ctx.addIssue({
        code: "custom",
        path: ["deadline"],
        message: "The deadline is before the request was sent.",
      });
    if (v.outcome === "RESPONDED" && !v.responseText)
      ctx.addIssue({ code: "custom", path: ["responseText"], message: "Record what they said." });
  });
export type CommentRequestInput = z.infer<typeof commentRequestInputSchema>;
