import "server-only";
import { unstable_rethrow } from "next/navigation";
import {
  ForbiddenError,
  InputError,
  NotFoundError,
  UnauthenticatedError,
  type FieldErrors,
} from "@/lib/shared/errors";

// The one mapper from a domain refusal to what a newsroom action returns to its form and what a
// route handler answers. Whatever went wrong, the page keeps what the person typed: a failure
// carries their values back, and a lost session is a message, not a redirect that would drop them.

export type { FieldErrors };
export type ActionFailure = {
  ok: false;
  message: string;
  fieldErrors: FieldErrors;
  /** The form's fields as typed, to put back after a refusal. */
  values?: Record<string, string>;
};
export type ActionResult<T extends object = object> =
  ({ ok: true; message?: string } & T) | ActionFailure;

export const SIGNED_OUT_MESSAGE =
  "Your session has ended. Sign in again in another tab, then try again here: what you typed is kept.";
export const UNEXPECTED_MESSAGE =
  "Something went wrong on the server; what you typed is kept. Try again.";

/** Form fields as strings: what a domain call reads, or the user's text to put back after a refusal. */
export function formValues<K extends string>(
  formData: FormData,
  keys: readonly K[],
): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, String(formData.get(k) ?? "")])) as Record<
    K,
    string
  >;
}

export function toFailure(error: unknown, values?: Record<string, string>): ActionFailure {
  unstable_rethrow(error); // Next's redirect() and notFound() are not failures
  const failure = (message: string, fieldErrors: FieldErrors = {}): ActionFailure => ({
    ok: false,
    message,
    fieldErrors,
    ...(values && { values }),
  });
  if (error instanceof InputError) return failure(error.message, error.fieldErrors);
  if (error instanceof UnauthenticatedError) return failure(SIGNED_OUT_MESSAGE);
  if (error instanceof ForbiddenError || error instanceof NotFoundError)
    return failure(error.message);
  console.error("newsroom action failed", error);
  return failure(UNEXPECTED_MESSAGE);
}

/** The HTTP status for a route handler's refusal, by the error's class (never by its message). */
export function failureStatus(error: unknown): number {
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof UnauthenticatedError) return 401;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof InputError) return 422;
  return 500;
}

/** Run a domain call and turn any refusal into an ActionFailure carrying the form's values. */
export async function attempt<T extends object>(
  run: () => Promise<T>,
  values?: Record<string, string>,
): Promise<ActionResult<T>> {
  try {
    return { ok: true, ...(await run()) };
  } catch (error) {
    return toFailure(error, values);
  }
}
