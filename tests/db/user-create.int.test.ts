import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { runScript } from "../helpers/run-script";

// `npm run user:create` against this file's own schema: the production way to make the first admin.
const userCreate = (...args: string[]) => runScript("user-create.ts", args);

describe("npm run user:create", () => {
  it("creates an admin with a generated password shown once, which then verifies", async () => {
    const r = userCreate(
      "--email",
      "First.Admin@Example.org",
      "--name",
      "First Admin",
      "--role",
      "ADMIN",
    );
    expect(r.status).toBe(0);
    const password = r.out.match(/temporary password \(shown once\): (\S+)/)?.[1];
    expect(password).toBeTruthy();
    const user = await db.user.findUniqueOrThrow({ where: { email: "first.admin@example.org" } });
    expect(user).toMatchObject({ role: "ADMIN", active: true, slug: "first-admin" });
    expect(await verifyPassword(user.passwordHash, password as string)).toBe(true);
    expect(await verifyPassword(user.passwordHash, "wrong-password")).toBe(false);
  });

  it("refuses a taken email, a bad role and a short password with one line each", () => {
    for (const args of [
      ["--email", "first.admin@example.org", "--name", "Again", "--role", "ADMIN"],
      ["--email", "x@example.org", "--name", "X", "--role", "OWNER"],
      ["--email", "y@example.org", "--name", "Y", "--password", "short"],
    ]) {
      const r = userCreate(...args);
      expect(r.status).toBe(1);
      expect(r.out.trim().split("\n"), r.out).toHaveLength(1);
      expect(r.out).toMatch(/error: .*(already exists|--role|--password)/);
    }
  });
});
