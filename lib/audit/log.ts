import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";

export interface AuditEntry {
  actorId: string | null;
  /** Verb with its domain: "story.publish", "source.approve", "tag.merge", "user.role", "auth.signin". */
  action: string;
  entityType:
    | "story"
    | "source"
    | "comment_request"
    | "tag"
    | "user"
    | "correction"
    | "related_link"
    | "media";
  entityId: string | null;
  details?: Prisma.InputJsonValue;
}

// Written inside the mutation's own transaction, so the log and the change land together or not at all.
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      details: entry.details,
    },
  });
}
