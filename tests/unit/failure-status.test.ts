import { z } from "zod";
import { describe, expect, it } from "vitest";
import { ForbiddenError, UnauthenticatedError } from "@/lib/auth/permissions";
import { failureStatus, InputError, NotFoundError } from "@/lib/stories/result";

// Route handlers answer by the error's class; an unknown error is a 500 whatever its message says.
describe("failureStatus", () => {
  it.each([
    ["forbidden", new ForbiddenError("stories.publish"), 403],
    ["signed out", new UnauthenticatedError(), 401],
    ["not found", new NotFoundError("story"), 404],
    ["bad input", new InputError("Headline is required.", {}), 422],
    ["schema refusal", z.string().safeParse(1).error, 422],
    ["anything else", new Error("Please check the form: looks like ours"), 500],
  ])("%s -> %i", (_name, error, status) => {
    expect(failureStatus(error)).toBe(status);
  });
});
