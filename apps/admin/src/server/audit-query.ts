import type { createCaller } from "@kz/api";

import { parseAuditFilters, type AuditFilters } from "../lib/audit-filters";
import type { SearchParams } from "../lib/format";

/**
 * The audit log's filters from the URL as audit.list and audit.export take them, for the page and
 * its CSV download alike. The log is filtered by the acting user's id, and people know each other
 * by email: an email nobody has is an error, and `actorId` is then missing (match nothing).
 */
export async function auditQueryOf(
  caller: ReturnType<typeof createCaller>,
  params: SearchParams,
): Promise<AuditFilters & { actorId?: string; noActor: boolean }> {
  const filters = parseAuditFilters(params);
  const email = filters.values.actor;
  if (!email) return { ...filters, noActor: false };
  const found = await caller.user.list({ q: email, limit: 100 });
  const actorId = found.items.find((u) => u.email === email)?.id;
  if (!actorId) filters.errors.push({ field: "actor", message: `No user has the email ${email}` });
  return { ...filters, actorId, noActor: !actorId };
}
