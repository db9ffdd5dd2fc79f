import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { hashPassword, verifyPassword } from "../../lib/auth/password";
import { currentUser, requireUser } from "../../lib/auth/session";
import { db } from "../../lib/db/client";
import {
  changeOwnPassword,
  isUsableToken,
  setPasswordWithToken,
  updateOwnName,
} from "../../lib/users/account";
import {
  changeRole,
  createStaff,
  deactivateStaff,
  reactivateStaff,
  resetPassword,
} from "../../lib/users/mutations";
import { getOwnAccount, listStaff } from "../../lib/users/queries";
import { expectAdminOnly } from "../helpers/admin-only";
import { signInAs } from "../helpers/auth-mock";
import { inputError } from "../helpers/expect-errors";
import { createUser } from "../helpers/factories";
import { invalidated } from "../helpers/invalidate-spy";

vi.mock("@/lib/auth/auth", () => import("../helpers/auth-mock"));

let admin: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  admin = await createUser({ role: "ADMIN" });
});
beforeEach(() => signInAs(admin));

const n = () => Math.random().toString(36).slice(2, 8);
type StaffForm = Parameters<typeof createStaff>[0];
/** The "Create account" form for someone new: a reporter with a temporary password, unless told. */
const staffForm = (change: Partial<StaffForm> = {}): StaffForm => ({
  name: "New Staff",
  email: `new.${n()}@newsroom.test`,
  role: "REPORTER",
  credential: "password",
  ...change,
});
const fresh = (id: string) => db.user.findUniqueOrThrow({ where: { id } });

describe("creating staff", () => {
  it("creates an account with a temporary password shown once (only its hash stored)", async () => {
    const { user, credential } = await createStaff(
      staffForm({ name: "Ines Moreau", email: ` Ines.${n()}@Newsroom.TEST `, role: "EDITOR" }),
    );
    expect(user.email).toMatch(/^ines\.[a-z0-9]+@newsroom\.test$/);
    expect(credential.kind).toBe("password");
    const row = await fresh(user.id);
    expect(row.role).toBe("EDITOR");
    expect(row.slug).toMatch(/^ines-moreau/);
    expect(row.passwordHash).not.toContain(
      credential.kind === "password" ? credential.password : "?",
    );
    expect(
      await verifyPassword(
        row.passwordHash,
        credential.kind === "password" ? credential.password : "",
      ),
    ).toBe(true);
    expect(
      await db.auditLog.count({
        where: { action: "user.create", entityId: user.id, actorId: admin.id },
      }),
    ).toBe(1);
  });

  it("creates an account with a set-password link that works once, signed out", async () => {
    const { user, credential } = await createStaff(
      staffForm({ name: "Jon Berg", email: `jon.${n()}@newsroom.test`, credential: "link" }),
    );
    if (credential.kind !== "link") throw new Error("expected a link");
    const token = new URL(credential.path, "http://x").searchParams.get("token") ?? "";
    expect(await db.passwordToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await isUsableToken(token)).toBe(true);
    signInAs(null);
    const mismatch = await inputError(
      setPasswordWithToken({
        token,
        newPassword: "long-enough-pw",
        confirmPassword: "other-password",
      }),
    );
    expect(mismatch.fieldErrors.confirmPassword).toBeDefined();
    expect(
      (
        await inputError(
          setPasswordWithToken({ token, newPassword: "short", confirmPassword: "short" }),
        )
      ).fieldErrors.newPassword?.[0],
    ).toMatch(/12 characters/);
    await setPasswordWithToken({
      token,
      newPassword: "a-new-password-1",
      confirmPassword: "a-new-password-1",
    });
    expect(await verifyPassword((await fresh(user.id)).passwordHash, "a-new-password-1")).toBe(
      true,
    );
    expect(await isUsableToken(token)).toBe(false);
    await expect(
      setPasswordWithToken({
        token,
        newPassword: "another-password",
        confirmPassword: "another-password",
      }),
    ).rejects.toThrow(/not valid any more/);
    await expect(
      setPasswordWithToken({
        token: "made-up",
        newPassword: "another-password",
        confirmPassword: "another-password",
      }),
    ).rejects.toThrow(/not valid any more/);
  });

  it("refuses a taken email (any case), a bad email, an empty name, and writes nothing", async () => {
    const taken = await createUser();
    const before = await db.user.count();
    const refusal = (change: Partial<StaffForm>) => inputError(createStaff(staffForm(change)));
    expect((await refusal({ email: taken.email.toUpperCase() })).fieldErrors.email?.[0]).toMatch(
      /already belongs/,
    );
    expect((await refusal({ email: "not-an-email" })).fieldErrors.email).toBeDefined();
    expect((await refusal({ name: " " })).fieldErrors.name).toBeDefined();
    expect((await refusal({ role: "OWNER" as "ADMIN" })).fieldErrors.role).toBeDefined();
    expect(await db.user.count()).toBe(before);
  });
});

describe("roles, deactivation and resets end open sessions at once", () => {
  it("a deactivated user's session is refused on the next request, and works again after reactivation", async () => {
    const editor = await createUser({ role: "EDITOR" });
    signInAs(editor);
    expect(await currentUser()).not.toBeNull();
    signInAs(admin);
    await deactivateStaff({ userId: editor.id });
    const row = await fresh(editor.id);
    expect(row.active).toBe(false);
    expect(row.deactivatedAt).toBeInstanceOf(Date);
    expect(invalidated()).toContain(`author:${editor.id}`);
    signInAs(editor);
    expect(await currentUser()).toBeNull();
    await expect(requireUser()).rejects.toThrow(/sign in/);
    signInAs(admin);
    await reactivateStaff({ userId: editor.id });
    // The old token was minted before the deactivation: it stays dead; a new sign-in works.
    signInAs(editor);
    expect(await currentUser()).toBeNull();
    signInAs({ ...editor, sessionVersion: (await fresh(editor.id)).sessionVersion });
    expect(await currentUser()).toMatchObject({ id: editor.id });
    expect(
      await db.auditLog.findMany({
        where: { entityId: editor.id },
        select: { action: true },
        orderBy: { createdAt: "asc" },
      }),
    ).toEqual([{ action: "user.deactivate" }, { action: "user.reactivate" }]);
  });

  it("a role change and a password reset end open sessions", async () => {
    const reporter = await createUser({ role: "REPORTER" });
    await changeRole({ userId: reporter.id, role: "EDITOR" });
    let row = await fresh(reporter.id);
    expect(row.role).toBe("EDITOR");
    expect(row.sessionVersion).toBe(2);
    signInAs(reporter);
    expect(await currentUser()).toBeNull();
    signInAs(admin);
    const shown = await resetPassword({ userId: reporter.id, credential: "password" });
    row = await fresh(reporter.id);
    expect(row.sessionVersion).toBe(3);
    expect(
      shown.kind === "password" && (await verifyPassword(row.passwordHash, shown.password)),
    ).toBe(true);
    expect(
      await db.auditLog.findFirst({ where: { action: "user.role", entityId: reporter.id } }),
    ).toMatchObject({ details: { from: "REPORTER", to: "EDITOR" } });
    expect(
      await db.auditLog.count({ where: { action: "user.password_reset", entityId: reporter.id } }),
    ).toBe(1);
  });

  it("a reset link replaces an earlier one", async () => {
    const user = await createUser();
    const first = await resetPassword({ userId: user.id, credential: "link" });
    const second = await resetPassword({ userId: user.id, credential: "link" });
    const token = (c: typeof first) =>
      c.kind === "link" ? (new URL(c.path, "http://x").searchParams.get("token") ?? "") : "";
    expect(await isUsableToken(token(first))).toBe(false);
    expect(await isUsableToken(token(second))).toBe(true);
  });
});

describe("the last active admin", () => {
  it("cannot be demoted or deactivated; two admins demoting each other at once leave one", async () => {
    // Make `admin` the only active admin in this file's schema, then try.
    await db.user.updateMany({
      where: { role: "ADMIN", id: { not: admin.id } },
      data: { role: "EDITOR" },
    });
    expect((await inputError(changeRole({ userId: admin.id, role: "EDITOR" }))).message).toMatch(
      /last active admin/,
    );
    expect((await inputError(deactivateStaff({ userId: admin.id }))).message).toMatch(
      /last active admin/,
    );
    expect((await fresh(admin.id)).role).toBe("ADMIN");

    const second = await createUser({ role: "ADMIN" });
    const results = await Promise.allSettled([
      (async () => {
        signInAs(admin);
        return changeRole({ userId: second.id, role: "REPORTER" });
      })(),
      (async () => {
        signInAs(second);
        return changeRole({ userId: admin.id, role: "REPORTER" });
      })(),
    ]);
    signInAs(admin);
    expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(1);
    expect(String(refused[0].reason)).toMatch(/last active admin/);
    // Leave an admin for the tests that follow.
    const remaining = await db.user.findFirstOrThrow({ where: { role: "ADMIN", active: true } });
    admin = remaining;
  });
});

describe("the account page", () => {
  it("changes one's own name, and the password only with the current one; then the session ends", async () => {
    const me = await createUser({ role: "REPORTER" });
    await db.user.update({
      where: { id: me.id },
      data: { passwordHash: await hashPassword("old-password-1") },
    });
    signInAs(me);
    expect(await getOwnAccount()).toMatchObject({ id: me.id });
    await updateOwnName({ name: "  Renamed Reporter " });
    expect((await fresh(me.id)).name).toBe("Renamed Reporter");
    expect((await inputError(updateOwnName({ name: "" }))).fieldErrors.name).toBeDefined();
    const wrong = await inputError(
      changeOwnPassword({
        currentPassword: "nope",
        newPassword: "new-password-2",
        confirmPassword: "new-password-2",
      }),
    );
    expect(wrong.fieldErrors.currentPassword?.[0]).toMatch(/not your current password/);
    expect(
      (
        await inputError(
          changeOwnPassword({
            currentPassword: "old-password-1",
            newPassword: "short",
            confirmPassword: "short",
          }),
        )
      ).fieldErrors.newPassword,
    ).toBeDefined();
    await changeOwnPassword({
      currentPassword: "old-password-1",
      newPassword: "new-password-2",
      confirmPassword: "new-password-2",
    });
    const row = await fresh(me.id);
    expect(await verifyPassword(row.passwordHash, "new-password-2")).toBe(true);
    expect(await currentUser()).toBeNull();
  });
});

describe("every staff action, for every role", () => {
  const cases = [
    ["create", () => createStaff(staffForm())],
    ["role", async () => changeRole({ userId: (await createUser()).id, role: "EDITOR" })],
    ["deactivate", async () => deactivateStaff({ userId: (await createUser()).id })],
    [
      "reactivate",
      async () => reactivateStaff({ userId: (await createUser({ active: false })).id }),
    ],
    ["reset", async () => resetPassword({ userId: (await createUser()).id, credential: "link" })],
    ["list", () => listStaff()],
  ] as const;

  for (const [name, run] of cases) {
    it(`${name}: only an active admin with a current session`, async () => {
      await expectAdminOnly(admin, run);
      await expect(run()).resolves.not.toThrow();
    });
  }

  it("account actions need a live session but no admin role", async () => {
    const retired = await createUser({ role: "EDITOR", active: false });
    signInAs(retired);
    await expect(updateOwnName({ name: "Ghost" })).rejects.toThrow(/sign in/);
    signInAs(null);
    await expect(
      changeOwnPassword({
        currentPassword: "x",
        newPassword: "long-enough-1",
        confirmPassword: "long-enough-1",
      }),
    ).rejects.toThrow(/sign in/);
    expect((await fresh(retired.id)).name).not.toBe("Ghost");
  });
});
