import { redirect } from "next/navigation";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import {
  attempt,
  failureStatus,
  SIGNED_OUT_MESSAGE,
  toFailure,
  UNEXPECTED_MESSAGE,
} from "@/lib/shared/action-result";
import {
  ForbiddenError,
  InputError,
  MAX_INPUT_DEPTH,
  NotFoundError,
  UnauthenticatedError,
  parseId,
  parseInput,
} from "@/lib/shared/errors";

// One mapper for every action and route: the same refusal gives the same message and status
// everywhere, and every failure gives back what the person typed.

describe("failureStatus", () => {
  it.each([
    ["forbidden", new ForbiddenError("stories.publish"), 403],
    ["signed out", new UnauthenticatedError(), 401],
    ["not found", new NotFoundError("story"), 404],
    ["bad input", new InputError("Headline is required.", {}), 422],
    ["anything else", new Error("Check the highlighted fields: looks like ours"), 500],
  ])("%s -> %i", (_name, error, status) => {
    expect(failureStatus(error)).toBe(status);
  });
});

describe("toFailure", () => {
  const values = { headline: "Harbour talks resume" };

  it("keeps the typed values and the field messages of bad input", () => {
    const failure = toFailure(new InputError("Check it.", { headline: ["Too long."] }), values);
    expect(failure).toEqual({
      ok: false,
      message: "Check it.",
      fieldErrors: { headline: ["Too long."] },
      values,
    });
  });

  it("answers a lost session with a message, not a redirect that would drop the text", () => {
    expect(toFailure(new UnauthenticatedError(), values)).toMatchObject({
      message: SIGNED_OUT_MESSAGE,
      values,
    });
  });

  it("names the refused action, and keeps an unexpected error's details in the log only", () => {
    expect(toFailure(new ForbiddenError("tags.manage")).message).toContain("tags.manage");
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const failure = toFailure(new Error('relation "Tag" does not exist'), values);
    expect(failure).toMatchObject({ message: UNEXPECTED_MESSAGE, values });
    expect(JSON.stringify(failure)).not.toContain("relation");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it("lets Next's redirect through", async () => {
    await expect(attempt(async () => redirect("/admin/tags"))).rejects.toThrow("NEXT_REDIRECT");
  });
});

describe("parseInput", () => {
  const schema = z.object({
    name: z.string().min(1, "Enter a name."),
    body: z.unknown().optional(),
  });

  it("gives the schema's messages by field", () => {
    expect(() => parseInput(schema, { name: "" })).toThrow(InputError);
    try {
      parseInput(schema, { name: "" });
    } catch (error) {
      expect((error as InputError).fieldErrors).toEqual({ name: ["Enter a name."] });
    }
  });

  it("refuses a NUL character anywhere, naming the top-level field", () => {
    const error = (() => {
      try {
        parseInput(schema, { name: "ok", body: { content: [{ text: "a\u0000b" }] } });
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error?.fieldErrors.body?.[0]).toMatch(/NUL/);
  });

  it("refuses a document 10,000 levels deep without overflowing the stack", () => {
    let doc: Record<string, unknown> = { type: "text", text: "x" };
    for (let i = 0; i < 10_000; i++) doc = { type: "blockquote", content: [doc] };
    expect(() => parseInput(schema, { name: "ok", body: doc })).toThrow(
      new RegExp(`more than ${MAX_INPUT_DEPTH} levels`),
    );
  });

  it("takes a document as deep as a person writes", () => {
    let doc: Record<string, unknown> = { type: "text", text: "x" };
    for (let i = 0; i < 20; i++) doc = { type: "bulletList", content: [doc] };
    expect(parseInput(schema, { name: "ok", body: doc }).name).toBe("ok");
  });
});

describe("parseId", () => {
  it.each([[42], [{ id: "x" }], [["a"]], [""], ["a\u0000b"], ["x".repeat(65)], [null]])(
    "refuses %j",
    (raw) => {
      expect(() => parseId(raw, "source")).toThrow(/source reference is not valid/);
    },
  );
  it("reads a cuid", () => {
    expect(parseId("cmi4x0a7b000008l5ax9z1c2d")).toBe("cmi4x0a7b000008l5ax9z1c2d");
  });
});
