import type { z } from "zod";

/** Bad input found by the domain: a message for the form and messages by field. Nothing was written. */
export class TagInputError extends Error {
  override name = "TagInputError";
  constructor(
    message: string,
    public readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

export class TagNotFoundError extends Error {
  override name = "TagNotFoundError";
  constructor() {
    super("That tag no longer exists; it may have been merged or deleted.");
  }
}

export function fromZodError(error: z.ZodError): TagInputError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return new TagInputError("Check the highlighted fields.", fieldErrors);
}
