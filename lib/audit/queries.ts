import "server-only";
import { requireCan } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AUDIT_PAGE_SIZE, auditDateRange, type AuditQuery } from "./schema";

// The audit log, newest first, filtered by person, action and dates (admins only).
export async function listAuditEntries(query: AuditQuery) {
  await requireCan("audit.view");
  const where = {
    ...(query.actor && { actorId: query.actor }),
    ...(query.action && { action: query.action }),
    ...((query.from || query.to) && { createdAt: auditDateRange(query) }),
  };
  const [entries, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        action: true,
        entityType: true,
        entityId: true,
        details: true,
        createdAt: true,
        actor: { select: { id: true, name: true, email: true } },
      },
    }),
    db.auditLog.count({ where }),
  ]);
  return { entries, total, pageSize: AUDIT_PAGE_SIZE };
}

// What the filters offer: everyone who has done something, and every action on record.
export async function listAuditFilterOptions() {
  await requireCan("audit.view");
  const [actors, actions] = await Promise.all([
    db.user.findMany({
      where: { auditEntries: { some: {} } },
      select: { id: true, name: true, email: true },
      orderBy: { name: "asc" },
    }),
    db.auditLog.findMany({
      distinct: ["action"],
      select: { action: true },
      orderBy: { action: "asc" },
    }),
  ]);
  return { actors, actions: actions.map((a) => a.action) };
}
