import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/auth", () => import("../helpers/auth-mock"));

import { ForbiddenError, UnauthenticatedError } from "@/lib/shared/errors";
import { currentUser, requireCan, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { signInAs } from "../helpers/auth-mock";
import { createUser } from "../helpers/factories";

// The token says who signed in; these tests prove the database has the last word.
describe("requireUser / requireCan", () => {
  afterEach(() => signInAs(null));

  it("refuses when nobody is signed in", async () => {
    await expect(requireUser()).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("returns the user as the database has them", async () => {
    const user = await createUser({ role: "EDITOR", name: "Ada Desk" });
    signInAs({ id: user.id, role: "EDITOR" });
    await expect(requireUser()).resolves.toMatchObject({
      id: user.id,
      role: "EDITOR",
      name: "Ada Desk",
    });
  });

  it("a deactivated user's existing session stops working at once", async () => {
    const user = await createUser({ role: "ADMIN" });
    signInAs({ id: user.id, role: "ADMIN" });
    await expect(requireCan("users.manage")).resolves.toMatchObject({ id: user.id });
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    await expect(requireCan("users.manage")).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await currentUser()).toBeNull();
  });

  it("a demoted user loses the permission even though the token still says ADMIN", async () => {
    const user = await createUser({ role: "ADMIN" });
    signInAs({ id: user.id, role: "ADMIN" });
    await db.user.update({ where: { id: user.id }, data: { role: "REPORTER" } });
    await expect(requireCan("users.manage")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(requireCan("stories.create")).resolves.toMatchObject({ role: "REPORTER" });
  });

  it("a session minted before a password reset (older sessionVersion) is refused", async () => {
    const user = await createUser({ role: "EDITOR" });
    signInAs({ id: user.id, role: "EDITOR", sessionVersion: 1 });
    await expect(requireUser()).resolves.toBeTruthy();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await expect(requireUser()).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("a deleted user's token is refused", async () => {
    signInAs({ id: "no-such-user", role: "ADMIN" });
    await expect(requireUser()).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
