import type { z } from "zod";
import { fieldErrorsFromZod, InputError, NotFoundError } from "@/lib/shared/errors";

/** Bad input found by the tag domain: a message for the form and messages by field. Nothing was written. */
export class TagInputError extends InputError {
  override name = "TagInputError";
}

export class TagNotFoundError extends NotFoundError {
  override name = "TagNotFoundError";
  constructor() {
    super("tag", "it may have been merged or deleted.");
  }
}

export function fromZodError(error: z.ZodError): TagInputError {
  return new TagInputError("Check the highlighted fields.", fieldErrorsFromZod(error));
}
