import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { auditDateRange, auditQuerySchema } from "@/lib/audit/schema";
import { passwordChangeSchema, staffCreateSchema } from "@/lib/users/schema";

/** The fields a schema refuses the input by, in order of name. */
const refusedFields = (schema: z.ZodType, input: unknown) =>
  schema
    .safeParse(input)
    .error?.issues.map((i) => i.path[0])
    .sort();

describe("staffCreateSchema", () => {
  it("normalises the email and refuses bad fields by name", () => {
    expect(
      staffCreateSchema.parse({
        name: " Ana ",
        email: " Ana@Newsroom.TEST ",
        role: "EDITOR",
        credential: "link",
      }),
    ).toEqual({ name: "Ana", email: "ana@newsroom.test", role: "EDITOR", credential: "link" });
    expect(
      refusedFields(staffCreateSchema, {
        name: "",
        email: "nope",
        role: "OWNER",
        credential: "carrier-pigeon",
      }),
    ).toEqual(["credential", "email", "name", "role"]);
  });
});

describe("passwordChangeSchema", () => {
  it("needs the current password, a long enough new one, typed twice alike", () => {
    expect(
      refusedFields(passwordChangeSchema, {
        currentPassword: "",
        newPassword: "short",
        confirmPassword: "other",
      }),
    ).toEqual(["confirmPassword", "currentPassword", "newPassword"]);
    const mismatch = passwordChangeSchema.safeParse({
      currentPassword: "x",
      newPassword: "long-enough-1",
      confirmPassword: "long-enough-2",
    });
    expect(mismatch.error?.issues[0].path).toEqual(["confirmPassword"]);
  });
});

describe("auditQuerySchema", () => {
  it("ignores malformed filters and makes `to` cover the whole day", () => {
    expect(
      auditQuerySchema.parse({ action: "x'; drop", from: "2026-13-45", page: "zero" }),
    ).toEqual({ actor: undefined, action: undefined, from: undefined, to: undefined, page: 1 });
    const q = auditQuerySchema.parse({ from: "2026-03-01", to: "2026-03-01", action: "tag.merge" });
    expect(q.action).toBe("tag.merge");
    expect(auditDateRange(q)).toEqual({
      gte: new Date("2026-03-01T00:00:00Z"),
      lt: new Date("2026-03-02T00:00:00Z"),
    });
  });
});
