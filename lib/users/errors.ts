import type { z } from "zod";

/** Bad input found by the staff domain: a message for the form and messages by field. Nothing was written. */
export class UserInputError extends Error {
  override name = "UserInputError";
  constructor(
    message: string,
    public readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

export class UserNotFoundError extends Error {
  override name = "UserNotFoundError";
  constructor() {
    super("That staff account no longer exists.");
  }
}

export function fromZodError(error: z.ZodError): UserInputError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return new UserInputError("Check the highlighted fields.", fieldErrors);
}

export function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}
