import "server-only";
import { can, type Actor, type Role } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { InputError } from "@/lib/shared/errors";

// The newsroom must keep one active admin (the rule is the permission table's "users.removeAdmin").
// Every active admin row is locked (FOR UPDATE) before counting, so two admins demoting or
// deactivating each other at once are serialised: the second re-reads the rows after the first
// commits and sees it is now the last one.
export async function assertMayRemoveAdmin(
  tx: Tx,
  actor: Actor,
  leaving: { id: string; role: Role; active: boolean },
  field: string,
): Promise<void> {
  // Only an active admin's leaving can take away the last one; nothing to count otherwise.
  if (leaving.role !== "ADMIN" || !leaving.active) return;
  const leavingUserId = leaving.id;
  const admins = await tx.user.findMany({
    where: { role: "ADMIN", active: true },
    select: { id: true },
  });
  if (admins.length > 0) {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id IN (${Prisma.join(admins.map((a) => a.id))}) FOR UPDATE`;
  }
  const stillAdmins = await tx.user.count({
    where: { role: "ADMIN", active: true, id: { not: leavingUserId } },
  });
  const staff = { role: leaving.role, active: leaving.active, otherActiveAdmins: stillAdmins };
  if (!can(actor, "users.removeAdmin", staff)) {
    throw new InputError("This is the last active admin: make someone else an admin first.", {
      [field]: ["The last active admin cannot be demoted or deactivated."],
    });
  }
}
