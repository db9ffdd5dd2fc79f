import type { z } from "zod";
import { fieldErrorsFromZod, InputError, NotFoundError } from "@/lib/shared/errors";

/** Bad input found by the staff domain: a message for the form and messages by field. Nothing was written. */
export class UserInputError extends InputError {
  override name = "UserInputError";
}

export class UserNotFoundError extends NotFoundError {
  override name = "UserNotFoundError";
  constructor() {
    super("staff account");
  }
}

export function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new UserInputError("Check the highlighted fields.", fieldErrorsFromZod(parsed.error));
  return parsed.data;
}
