import { z } from "zod";
import { ForbiddenError, UnauthenticatedError } from "@/lib/auth/permissions";
import { InputError, NotFoundError, type FieldErrors } from "@/lib/shared/errors";

// What every newsroom action returns, and the one place domain errors become messages by a field.

export type { FieldErrors };
export { InputError, NotFoundError };
export type ActionFailure = { ok: false; message: string; fieldErrors: FieldErrors };
export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionFailure;

export function toFailure(error: unknown): ActionFailure {
  if (error instanceof z.ZodError) {
    const flat = z.flattenError(error);
    const first = flat.formErrors[0] ?? Object.values(flat.fieldErrors).flat()[0];
    return {
      ok: false,
      message: first ? `Please check the form: ${first}` : "Please check the form.",
      fieldErrors: flat.fieldErrors as FieldErrors,
    };
  }
  if (error instanceof InputError)
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  if (
    error instanceof ForbiddenError ||
    error instanceof UnauthenticatedError ||
    error instanceof NotFoundError
  ) {
    return { ok: false, message: error.message, fieldErrors: {} };
  }
  console.error("newsroom action failed", error);
  return {
    ok: false,
    message: "Something went wrong on the server; your text is kept. Try again.",
    fieldErrors: {},
  };
}

/** The HTTP status for a route handler's refusal, by the error's class (never by its message). */
export function failureStatus(error: unknown): number {
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof UnauthenticatedError) return 401;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof z.ZodError || error instanceof InputError) return 422;
  return 500;
}

/** Run a domain call and turn any refusal into an ActionFailure. */
export async function attempt<T extends object>(run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, ...(await run()) };
  } catch (error) {
    return toFailure(error);
  }
}
