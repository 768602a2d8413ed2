import type { EntityType, Prisma, Role } from "@kz/db";

import type { CurrentUser } from "../current-user";

/** Who makes a change, as the audit log and revisions record it: a user (maybe via a token), or the system. */
export interface Editor {
  id: string | null;
  /** An email, "token:<name>", or "system". */
  label: string;
  role: Role;
  ip: string | null;
  tokenName: string | null;
}

/** The signed-in caller of a procedure, as an Editor. */
export function editorOf(ctx: {
  user: CurrentUser;
  ip: string | null;
  tokenName?: string | null;
}): Editor {
  return {
    id: ctx.user.id,
    label: ctx.tokenName ? `token:${ctx.tokenName}` : ctx.user.email,
    role: ctx.user.role,
    ip: ctx.ip,
    tokenName: ctx.tokenName ?? null,
  };
}

/** Scheduled jobs: publishing what is due. */
export const systemEditor: Editor = {
  id: null,
  label: "system",
  role: "ADMIN",
  ip: null,
  tokenName: null,
};

/** One audit line, for `auditLog.create` / `createMany` inside the mutation's transaction. */
export function auditRow(
  editor: Editor,
  action: string,
  entity: { type: EntityType; id: string | null } | null,
  details: Record<string, unknown> = {},
): Prisma.AuditLogCreateManyInput {
  const withToken = editor.tokenName ? { ...details, token: editor.tokenName } : details;
  return {
    actorId: editor.id,
    actorLabel: editor.label,
    action,
    entityType: entity?.type ?? null,
    entityId: entity?.id ?? null,
    ip: editor.ip,
    details: withToken as Prisma.InputJsonValue,
  };
}
