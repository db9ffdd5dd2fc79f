import type { z } from "zod";

// The domain's refusals, shared by every domain module: bad input that the user can fix (shown
// next to the field it names) and a record that is gone. Nothing was written when either is thrown.

export type FieldErrors = Record<string, string[] | undefined>;

export class InputError extends Error {
  override name = "InputError";
  constructor(
    message: string,
    public readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }
}

export class NotFoundError extends Error {
  override name = "NotFoundError";
  constructor(what: string, hint = "") {
    super(`That ${what} no longer exists${hint ? `; ${hint}` : "."}`);
  }
}

/** Zod's issues by first path segment, the way the forms show them. */
export function fieldErrorsFromZod(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues)
    (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return fieldErrors;
}
