import { auditActor, type AuditEntry, type RequestOrigin } from "../audit/audit.service";
import type { CurrentUser } from "../current-user";

/**
 * Who changed whose account, as an audit entry records it: the caller (by email or token) and the
 * user whose sessions, second factors, passkeys, tokens or notices changed. Add `action` and
 * `details` and pass it to writeAudit.
 */
export function accountAudit(
  actor: CurrentUser,
  origin: RequestOrigin,
  userId: string,
): Pick<AuditEntry, "actorId" | "actorLabel" | "ip"> & { entityType: "USER"; entityId: string } {
  return { ...auditActor(actor, origin), entityType: "USER", entityId: userId };
}
