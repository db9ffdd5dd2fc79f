import { expect } from "vitest";
import { InputError } from "../../lib/shared/errors";

/** The InputError a call is refused with (the test fails if it succeeds or fails otherwise). */
export async function inputError(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}
