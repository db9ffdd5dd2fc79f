import { z } from "zod";

// Filters of the audit log, from the address bar: nonsense falls back to "no filter".
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)))
  .optional()
  .catch(undefined);

export const AUDIT_PAGE_SIZE = 50;

export const auditQuerySchema = z.object({
  actor: z
    .string()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  action: z
    .string()
    .max(100)
    .regex(/^[a-z_.]*$/)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** The createdAt range for the filters; `to` is the whole day, in UTC. */
export function auditDateRange(query: Pick<AuditQuery, "from" | "to">): { gte?: Date; lt?: Date } {
  return {
    ...(query.from && { gte: new Date(`${query.from}T00:00:00Z`) }),
    ...(query.to && { lt: new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000) }),
  };
}
