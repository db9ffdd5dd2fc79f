import "server-only";
import { recordAudit } from "@/lib/audit/log";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

/**
 * A new tag's row and its "tag.create" audit entry, inside the caller's transaction, after its
 * permission and uniqueness checks: the same from the admin's tag list and the editor's picker.
 */
export async function insertTag(tx: Tx, actorId: string, data: Prisma.TagCreateInput) {
  const created = await tx.tag.create({ data, select: { id: true, name: true, slug: true } });
  await recordAudit(tx, {
    actorId,
    action: "tag.create",
    entityType: "tag",
    entityId: created.id,
    details: { name: created.name, slug: created.slug },
  });
  return created;
}
