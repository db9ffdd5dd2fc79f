import "server-only";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { UserInputError } from "./errors";

// The newsroom must keep one active admin. Every active admin row is locked (FOR UPDATE) before
// counting, so two admins demoting or deactivating each other at once are serialised: the second
// re-reads the rows after the first commits and sees it is now the last one.
export async function assertAnotherActiveAdmin(
  tx: Tx,
  leavingUserId: string,
  field: string,
): Promise<void> {
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
  if (stillAdmins === 0) {
    throw new UserInputError("This is the last active admin: make someone else an admin first.", {
      [field]: ["The last active admin cannot be demoted or deactivated."],
    });
  }
}
