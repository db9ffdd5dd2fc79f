import "server-only";
import { requireCan } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

// The staff list, for admins only.
export async function listStaff() {
  await requireCan("users.manage");
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      lastSignInAt: true,
      deactivatedAt: true,
    },
  });
}

// The signed-in person's own account, for /admin/account.
export async function getOwnAccount() {
  const me = await requireCan("account.update");
  return db.user.findUniqueOrThrow({
    where: { id: me.id },
    select: { id: true, name: true, email: true, role: true, lastSignInAt: true },
  });
}
