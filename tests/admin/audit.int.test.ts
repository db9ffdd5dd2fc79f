import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { listAuditEntries, listAuditFilterOptions } from "../../lib/audit/queries";
import { auditQuerySchema } from "../../lib/audit/schema";
import { db } from "../../lib/db/client";
import { signInAs } from "../helpers/auth-mock";
import { createUser } from "../helpers/factories";

vi.mock("@/lib/auth/auth", () => import("../helpers/auth-mock"));

let admin: Awaited<ReturnType<typeof createUser>>;
let editor: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  admin = await createUser({ role: "ADMIN" });
  editor = await createUser({ role: "EDITOR" });
  await db.auditLog.createMany({
    data: [
      {
        actorId: editor.id,
        action: "story.publish",
        entityType: "story",
        entityId: "s1",
        createdAt: new Date("2026-03-01T10:00:00Z"),
      },
      {
        actorId: editor.id,
        action: "auth.signin",
        entityType: "user",
        entityId: editor.id,
        createdAt: new Date("2026-03-02T23:59:00Z"),
      },
      {
        actorId: admin.id,
        action: "tag.merge",
        entityType: "tag",
        entityId: "t1",
        details: { merged: ["a"] },
        createdAt: new Date("2026-03-03T08:00:00Z"),
      },
      {
        actorId: null,
        action: "auth.signin_failed",
        entityType: "user",
        entityId: null,
        details: { email: "nobody@x.test" },
        createdAt: new Date("2026-03-04T08:00:00Z"),
      },
    ],
  });
});
beforeEach(() => signInAs(admin));

const list = (params: Record<string, string>) => listAuditEntries(auditQuerySchema.parse(params));

describe("the audit log", () => {
  it("lists newest first and filters by person, action and a date range (whole days, UTC)", async () => {
    expect((await list({})).entries.map((e) => e.action)).toEqual([
      "auth.signin_failed",
      "tag.merge",
      "auth.signin",
      "story.publish",
    ]);
    expect((await list({ actor: editor.id })).entries.map((e) => e.action)).toEqual([
      "auth.signin",
      "story.publish",
    ]);
    expect((await list({ action: "tag.merge" })).entries).toEqual([
      expect.objectContaining({ entityId: "t1", actor: expect.objectContaining({ id: admin.id }) }),
    ]);
    const range = await list({ from: "2026-03-02", to: "2026-03-03" });
    expect(range.entries.map((e) => e.action)).toEqual(["tag.merge", "auth.signin"]);
    expect(range.total).toBe(2);
    expect((await list({ from: "not-a-date", action: "DROP TABLE" })).total).toBe(4);
    const options = await listAuditFilterOptions();
    expect(options.actions).toEqual([
      "auth.signin",
      "auth.signin_failed",
      "story.publish",
      "tag.merge",
    ]);
    expect(options.actors.map((a) => a.id).sort()).toEqual([admin.id, editor.id].sort());
  });

  it("is refused to reporters, editors, deactivated admins and the signed-out", async () => {
    const reporter = await createUser({ role: "REPORTER" });
    const retired = await createUser({ role: "ADMIN", active: false });
    for (const who of [reporter, editor]) {
      signInAs(who);
      await expect(list({})).rejects.toThrow(/permission/);
      await expect(listAuditFilterOptions()).rejects.toThrow(/permission/);
    }
    for (const who of [retired, null]) {
      signInAs(who);
      await expect(list({})).rejects.toThrow(/sign in/);
    }
  });
});
