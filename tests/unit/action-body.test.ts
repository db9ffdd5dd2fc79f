import { describe, expect, it } from "vitest";
import {
  ACTION_BODY_LIMIT,
  MAX_ACTION_NESTING,
  nestsDeeperThan,
  refuseOverdeepAction,
} from "@/lib/security/action-body";

const nested = (levels: number) => "[".repeat(levels) + "]".repeat(levels);
/** A server action's request; a FormData body gets its multipart type (and boundary) from fetch. */
const action = (body: BodyInit) =>
  new Request("http://newsroom.test/admin/stories/x", {
    method: "POST",
    headers: {
      "next-action": "abc123",
      ...(typeof body === "string" && { "content-type": "text/plain;charset=UTF-8" }),
    },
    body,
  });

describe("nestsDeeperThan", () => {
  it("counts objects and arrays, not brackets inside strings", () => {
    expect(nestsDeeperThan(nested(5), 5)).toBe(false);
    expect(nestsDeeperThan(nested(6), 5)).toBe(true);
    expect(nestsDeeperThan(JSON.stringify(["[[[[[[[[", { a: "{{{{{{{{" }]), 3)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify(['quote \\" then [[[[[[']), 2)).toBe(false);
  });
});

describe("refuseOverdeepAction", () => {
  it("refuses a 10,000-level argument with a 400, as text or in a multipart field", async () => {
    const refused = await refuseOverdeepAction(action(`[${nested(10_000)}]`));
    expect(refused?.status).toBe(400);
    expect((await refused!.json()).message).toMatch(/more than \d+ levels/);
    const form = new FormData();
    form.set("0", nested(10_000));
    form.set("1_caption", "fine");
    const request = action(form);
    expect(request.headers.get("content-type")).toMatch(/^multipart\/form-data/);
    expect((await refuseOverdeepAction(request))?.status).toBe(400);
  });

  it("refuses a body over the limit with a 413, by its length or its declared length", async () => {
    expect((await refuseOverdeepAction(action("x".repeat(ACTION_BODY_LIMIT + 1))))?.status).toBe(
      413,
    );
  });

  it("refuses a body that is not React's reply format (JSON) with a 400", async () => {
    expect((await refuseOverdeepAction(action("]]]not the reply format")))?.status).toBe(400);
    const form = new FormData();
    form.set("0", "{not json");
    expect((await refuseOverdeepAction(action(form)))?.status).toBe(400);
  });

  it("lets through what a story holds, a form's own text full of brackets, and other requests", async () => {
    expect(await refuseOverdeepAction(action(nested(MAX_ACTION_NESTING)))).toBeNull();
    const form = new FormData();
    form.set("0", '["$K1"]');
    form.set("1_caption", "[".repeat(5_000));
    expect(await refuseOverdeepAction(action(form))).toBeNull();
    const page = new Request("http://newsroom.test/admin", { method: "POST", body: nested(500) });
    expect(await refuseOverdeepAction(page)).toBeNull();
  });
});
