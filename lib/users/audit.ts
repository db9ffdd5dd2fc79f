import "server-only";
import { recordAudit } from "@/lib/audit/log";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

/** The audit entry of a change to a staff account, written in the change's own transaction. */
export function auditAccount(
  tx: Tx,
  actorId: string,
  action: string,
  userId: string,
  details?: Prisma.InputJsonValue,
): Promise<void> {
  return recordAudit(tx, { actorId, action, entityType: "user", entityId: userId, details });
}
