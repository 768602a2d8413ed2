import { recordsOf, titleKey, titlesOf } from "../collections/titles";
import type { Db, EntityType, Prisma } from "@kz/db";

import type { CurrentUser } from "../current-user";
import { decodeCursor, pageOf } from "../shared/pagination";
import {
  AUDIT_EXPORT_MAX,
  type AuditEntryOutput,
  type AuditExportInput,
  type AuditExportOutput,
  type AuditListInput,
  type AuditListOutput,
} from "./audit.schema";

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

/** Where a request came from. The tRPC context satisfies it, so routers pass `ctx`. */
export interface RequestOrigin {
  ip: string | null;
  /** The API token's name when the caller authenticated with one. */
  tokenName?: string;
}

/**
 * Who acted, as an audit entry records it: the user, labelled by email, or "token:<name>" when the
 * change came through an API token (the owner stays in actorId).
 */
export function auditActor(
  actor: CurrentUser,
  origin: RequestOrigin,
): Pick<AuditEntry, "actorId" | "actorLabel" | "ip"> {
  return {
    actorId: actor.id,
    actorLabel: origin.tokenName !== undefined ? `token:${origin.tokenName}` : actor.email,
    ip: origin.ip,
  };
}

function whereOf(input: AuditExportInput): Prisma.AuditLogWhereInput {
  const action = input.action;
  return {
    ...(input.actorId ? { actorId: input.actorId } : {}),
    // "login." matches every login.* action; anything else matches exactly.
    ...(action ? { action: action.endsWith(".") ? { startsWith: action } : action } : {}),
    ...(input.entityType ? { entityType: input.entityType } : {}),
    ...(input.entityId ? { entityId: input.entityId } : {}),
    ...(input.from || input.to
      ? {
          createdAt: {
            ...(input.from ? { gte: input.from } : {}),
            ...(input.to ? { lte: input.to } : {}),
          },
        }
      : {}),
  };
}

/** The audit log, newest first, with keyset pagination on (createdAt, id). Read-only by design. */
export async function listAudit(db: Db, input: AuditListInput): Promise<AuditListOutput> {
  const cursorId = input.cursor ? decodeCursor(input.cursor) : undefined;
  const where = whereOf(input);
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: input.limit + 1,
      ...(cursorId ? { cursor: { id: cursorId }, skip: 1 } : {}),
    }),
    db.auditLog.count({ where }),
  ]);
  const { page, nextCursor } = pageOf(rows, input.limit);
  return { items: await withTitles(db, page), nextCursor, total };
}

/** Every entry the filters match, newest first, for a CSV download; at most AUDIT_EXPORT_MAX. */
export async function exportAudit(db: Db, input: AuditExportInput): Promise<AuditExportOutput> {
  const rows = await db.auditLog.findMany({
    where: whereOf(input),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_EXPORT_MAX + 1,
  });
  return {
    items: await withTitles(db, rows.slice(0, AUDIT_EXPORT_MAX)),
    truncated: rows.length > AUDIT_EXPORT_MAX,
  };
}

/** Entries as the admin shows them: each record named by its title now (null once purged). */
async function withTitles(
  db: Db,
  rows: Prisma.AuditLogGetPayload<object>[],
): Promise<AuditEntryOutput[]> {
  const titles = await titlesOf(db, recordsOf(rows));
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    actorId: r.actorId,
    actorLabel: r.actorLabel,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    entityTitle:
      r.entityType && r.entityId ? (titles.get(titleKey(r.entityType, r.entityId)) ?? null) : null,
    ip: r.ip,
    details: r.details ?? null,
  }));
}
