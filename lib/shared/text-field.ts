import { z } from "zod";

// The text fields of the forms' schemas: trimmed, and refused with the form's own words when
// they are empty (where they must be filled) or too long.

/** Text that must be filled in: trimmed, not empty, at most `max` characters. */
export function requiredText(max: number, messages: { empty: string; tooLong: string }) {
  return z.string().trim().min(1, messages.empty).max(max, messages.tooLong);
}

/** Text that may be left empty: trimmed, at most `max` characters. */
export function optionalText(max: number, tooLong: string) {
  return z.string().trim().max(max, tooLong);
}
