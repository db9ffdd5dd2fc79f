import "server-only";
import { requireCan } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

// The staff list, for admins only.
export async function listStaff() {
  await requireCan("users.manage");
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, lastSignInAt: true },
  });
}
