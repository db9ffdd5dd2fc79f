import "server-only";
import { redirect } from "next/navigation";
import { ForbiddenError, UnauthenticatedError } from "@/lib/auth/permissions";
import { InputError, NotFoundError } from "@/lib/shared/errors";

/** What every admin action returns to its form (shown with useActionState). */
export type ActionResult<T extends object = object> =
  | ({ ok: true; message?: string } & T)
  | {
      ok: false;
      message: string;
      fieldErrors: Record<string, string[]>;
      values?: Record<string, string>;
    };

/** Form fields as strings, to put the user's text back into the form after a refusal. */
export function formValues(formData: FormData, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, String(formData.get(k) ?? "")]));
}

// Domain errors become a message for the form; a lost session goes to the sign-in page; anything
// else is a bug and is rethrown (Next shows its error page, with no stack for the browser).
export function toActionResult(
  error: unknown,
  values?: Record<string, string>,
): ActionResult<never> {
  if (error instanceof UnauthenticatedError) redirect("/login");
  if (error instanceof ForbiddenError)
    return {
      ok: false,
      message: "You do not have permission to do that.",
      fieldErrors: {},
      values,
    };
  if (error instanceof InputError)
    return {
      ok: false,
      message: error.message,
      fieldErrors: error.fieldErrors as Record<string, string[]>,
      values,
    };
  if (error instanceof NotFoundError)
    return { ok: false, message: error.message, fieldErrors: {}, values };
  throw error;
}
