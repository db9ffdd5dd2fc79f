import { beforeAll, describe, expect, it, vi } from "vitest";
import { changePasswordAction, updateNameAction } from "../../app/(admin)/admin/account/actions";
import {
  createTagAction,
  deleteTagAction,
  mergeTagsAction,
  updateTagAction,
} from "../../app/(admin)/admin/tags/actions";
import { createStaffAction, staffRowAction } from "../../app/(admin)/admin/users/actions";
import { db } from "../../lib/db/client";
import { SIGNED_OUT_MESSAGE } from "../../lib/shared/action-result";
import { signInAs } from "../helpers/auth-mock";
import { createUser } from "../helpers/factories";

vi.mock("@/lib/auth/auth", () => import("../helpers/auth-mock"));

// The server actions, called directly the way a crafted request would: the page's guard is not
// there, so every refusal below comes from the action's own call into the domain.
const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) data.append(k, one);
  return data;
};

let tagId: string;
let otherTagId: string;
let victimId: string;
beforeAll(async () => {
  tagId = (await db.tag.create({ data: { name: "Action walk", slug: "action-walk" } })).id;
  otherTagId = (await db.tag.create({ data: { name: "Action walk two", slug: "action-walk-two" } }))
    .id;
  victimId = (await createUser({ role: "EDITOR" })).id;
});

const adminActions = [
  ["createTagAction", () => createTagAction(null, form({ name: "Crafted", kind: "TOPIC" }))],
  [
    "updateTagAction",
    () => updateTagAction(null, form({ id: tagId, name: "Crafted rename", kind: "TOPIC" })),
  ],
  [
    "mergeTagsAction",
    () => mergeTagsAction(null, form({ target: "action-walk", sourceIds: [otherTagId] })),
  ],
  ["deleteTagAction", () => deleteTagAction(null, form({ id: tagId }))],
  [
    "createStaffAction",
    () =>
      createStaffAction(
        null,
        form({
          name: "Crafted",
          email: "crafted@newsroom.test",
          role: "ADMIN",
          credential: "password",
        }),
      ),
  ],
  ...(["role", "deactivate", "reset-password", "reset-link"] as const).map(
    (intent) =>
      [
        `staffRowAction ${intent}`,
        () => staffRowAction(null, form({ userId: victimId, intent, role: "ADMIN" })),
      ] as const,
  ),
] as const;

describe("admin actions called directly", () => {
  for (const [name, run] of adminActions) {
    it(`${name}: refused to a reporter and an editor, and to the signed-out and the deactivated with a message that keeps the form`, async () => {
      for (const role of ["REPORTER", "EDITOR"] as const) {
        signInAs(await createUser({ role }));
        expect(await run()).toMatchObject({
          ok: false,
          message: expect.stringMatching(/^You do not have permission to do that \(/),
        });
      }
      for (const who of [null, await createUser({ role: "ADMIN", active: false })]) {
        signInAs(who);
        expect(await run()).toMatchObject({ ok: false, message: SIGNED_OUT_MESSAGE });
      }
      // Nothing happened.
      expect(
        await db.tag.findMany({
          where: { id: { in: [tagId, otherTagId] } },
          select: { name: true },
          orderBy: { name: "asc" },
        }),
      ).toEqual([{ name: "Action walk" }, { name: "Action walk two" }]);
      expect(await db.tag.count({ where: { name: "Crafted" } })).toBe(0);
      expect(
        await db.user.findUniqueOrThrow({
          where: { id: victimId },
          select: { role: true, active: true, sessionVersion: true },
        }),
      ).toEqual({ role: "EDITOR", active: true, sessionVersion: 1 });
      expect(await db.user.count({ where: { email: "crafted@newsroom.test" } })).toBe(0);
      expect(await db.auditLog.count({ where: { action: { startsWith: "tag." } } })).toBe(0);
      expect(await db.auditLog.count({ where: { action: { startsWith: "user." } } })).toBe(0);
    });
  }

  it("an admin's bad input comes back by the field with the text kept", async () => {
    signInAs(await createUser({ role: "ADMIN" }));
    expect(
      await createTagAction(
        null,
        form({ name: "Spaced", slug: "has space", kind: "TOPIC", aliases: "a, b" }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { slug: [expect.stringMatching(/no spaces or slashes/)] },
      values: { name: "Spaced", slug: "has space", aliases: "a, b" },
    });
    expect(
      await mergeTagsAction(null, form({ target: "action-walk", sourceIds: [tagId] })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { target: [expect.stringMatching(/merged into itself/)] },
    });
    expect(
      await mergeTagsAction(null, form({ target: "no-such-tag", sourceIds: [otherTagId] })),
    ).toMatchObject({ ok: false, fieldErrors: { target: ["No tag has that slug or name."] } });
  });

  it("account actions: any live staff member, never the signed-out", async () => {
    signInAs(null);
    expect(await updateNameAction(null, form({ name: "Nobody" }))).toMatchObject({
      ok: false,
      message: SIGNED_OUT_MESSAGE,
      values: { name: "Nobody" },
    });
    expect(
      await changePasswordAction(
        null,
        form({
          currentPassword: "x",
          newPassword: "long-enough-1",
          confirmPassword: "long-enough-1",
        }),
      ),
    ).toMatchObject({ ok: false, message: SIGNED_OUT_MESSAGE });
    const reporter = await createUser({ role: "REPORTER" });
    signInAs(reporter);
    expect(await updateNameAction(null, form({ name: "Reporter Renamed" }))).toMatchObject({
      ok: true,
    });
    expect(
      await changePasswordAction(
        null,
        form({
          currentPassword: "wrong",
          newPassword: "long-enough-1",
          confirmPassword: "long-enough-1",
        }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: ["That is not your current password."] },
    });
  });
});
