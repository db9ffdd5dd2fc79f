// The check every admin-only action gets (with auth-mock.ts as @/lib/auth/auth): who is refused it.
import { expect } from "vitest";
import { signInAs } from "./auth-mock";
import { createUser } from "./factories";

/**
 * `run` is refused to a reporter and an editor (no permission), and to a deactivated admin, the
 * admin's previous session and the signed-out (sign in). Leaves `admin` signed in, to run it next.
 */
export async function expectAdminOnly(
  admin: Awaited<ReturnType<typeof createUser>>,
  run: () => Promise<unknown>,
): Promise<void> {
  const reporter = await createUser({ role: "REPORTER" });
  const editor = await createUser({ role: "EDITOR" });
  const retired = await createUser({ role: "ADMIN", active: false });
  for (const who of [reporter, editor]) {
    signInAs(who);
    await expect(run()).rejects.toThrow(/permission/);
  }
  for (const who of [retired, { ...admin, sessionVersion: admin.sessionVersion - 1 }, null]) {
    signInAs(who);
    await expect(run()).rejects.toThrow(/sign in/);
  }
  signInAs(admin);
}
