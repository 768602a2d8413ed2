import type { Db, EntityType, Prisma } from "@kz/db";

export interface AuditEntry {
  actorId?: string | null;
  actorLabel: string;
  action: string;
  entityType?: EntityType;
  entityId?: string;
  ip?: string | null;
  details?: Prisma.InputJsonValue;
}

/** Appends one line to the audit log. Pass a transaction client to log atomically with the change. */
export async function writeAudit(
  db: Db | Prisma.TransactionClient,
  entry: AuditEntry,
): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actorId ?? null,
      actorLabel: entry.actorLabel,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      ip: entry.ip ?? null,
      details: entry.details,
    },
  });
}
