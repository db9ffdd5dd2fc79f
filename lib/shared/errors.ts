import { z } from "zod";

// The domain's refusals, shared by every domain module, and the one way input is validated
// (parseInput, parseId). Nothing was written when any of these is thrown. lib/shared/action-result.ts
// turns them into what an action or a route answers.

export type FieldErrors = Record<string, string[] | undefined>;

/** Bad input that the user can fix, shown next to the field it names. */
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

/** The permission table said no (lib/auth/permissions.ts names the action). */
export class ForbiddenError extends Error {
  override name = "ForbiddenError";
  constructor(public readonly action: string) {
    super(`You do not have permission to do that (${action}).`);
  }
}

/** No session, or one that has ended (signed out, idle, too old, revoked). */
export class UnauthenticatedError extends Error {
  override name = "UnauthenticatedError";
  constructor(message = "Please sign in again.") {
    super(message);
  }
}

/** Zod's issues by first path segment, the way the forms show them. */
export function fieldErrorsFromZod(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues)
    (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return fieldErrors;
}

/** Deeper than any story a person writes (a list in a quote in a list…), far short of a stack overflow. */
export const MAX_INPUT_DEPTH = 100;
/** More values than the longest story holds (10,000 words is about 30,000 nodes and marks). */
export const MAX_INPUT_VALUES = 500_000;

/**
 * What zod cannot be trusted with: a value nested so deep that a recursive schema overflows the
 * stack, or so many values that walking them takes seconds; and text that PostgreSQL cannot store
 * (a NUL character). Walked without recursion. Returns the refusal, by the top-level field it is in.
 */
export function unstorableInput(raw: unknown): InputError | null {
  const stack: { value: unknown; depth: number; field: string }[] = [
    { value: raw, depth: 0, field: "form" },
  ];
  let seen = 0;
  while (stack.length > 0) {
    const { value, depth, field } = stack.pop()!;
    if (++seen > MAX_INPUT_VALUES)
      return new InputError("This is far larger than anything the newsroom stores.", {
        [field]: ["Too large to store."],
      });
    if (typeof value === "string") {
      if (value.includes("\u0000"))
        return new InputError(
          "The text contains a NUL character (often from a pasted binary file); remove it and try again.",
          { [field]: ["Contains a NUL character, which cannot be stored."] },
        );
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (depth >= MAX_INPUT_DEPTH)
      return new InputError(
        `This is nested more than ${MAX_INPUT_DEPTH} levels deep, which no story needs.`,
        { [field]: ["Nested too deeply."] },
      );
    const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
    for (const [key, child] of entries) {
      if (typeof key === "string" && key.includes("\u0000"))
        return new InputError("A field name contains a NUL character.", { form: ["Not valid."] });
      stack.push({ value: child, depth: depth + 1, field: depth === 0 ? String(key) : field });
    }
  }
  return null;
}

/**
 * The one way every domain module reads its input: refuse what cannot be stored, then the
 * schema. Throws InputError with messages by field, and the first of them in the message too: the
 * editor's panels show only the message, and a form's summary names its first problem (as an
 * error summary above a form does) while each field shows its own.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  message = "Check the highlighted fields.",
): z.output<S> {
  const unstorable = unstorableInput(raw);
  if (unstorable) throw unstorable;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0]?.message;
  throw new InputError(
    first ? `${message.replace(/\.$/, "")}: ${first}` : message,
    fieldErrorsFromZod(parsed.error),
  );
}

/** A record's id (cuid, uuid or a seed's slug-like id): a short string of safe characters. */
export const idSchema = z
  .string({ message: "Not a valid reference." })
  .min(1, "Not a valid reference.")
  .max(64, "Not a valid reference.")
  .regex(/^[A-Za-z0-9_-]+$/, "Not a valid reference.");

/** Read a record's id from an action's argument; anything else (a number, an object, NUL) is refused. */
export function parseId(raw: unknown, what = "record"): string {
  const parsed = idSchema.safeParse(raw);
  if (!parsed.success)
    throw new InputError(`That ${what} reference is not valid; reload the page.`, {
      id: ["Not a valid reference."],
    });
  return parsed.data;
}

/** What a person typed into a search-as-you-type box: never an error, at worst nothing to find. */
export function parseSearchText(raw: unknown, max = 100): string {
  return typeof raw === "string" ? raw.replaceAll("\u0000", "").trim().slice(0, max) : "";
}
