import { hasRole, type createCaller, type CurrentUser } from "@kz/api";

import { auditCsv } from "../lib/audit-csv";
import { auditQueryOf } from "./audit-query";

const text = (status: number, body: string) =>
  new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/** "audit-2026-03-01T120509Z.csv": when it was made, sortable. */
const filename = (now: Date) =>
  `audit-${now
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/:/g, "")}.csv`;

/**
 * The audit log's CSV download, under the same filters as the page's URL and the same access as
 * the page (admins; audit.export refuses anyone else again). Nobody signed in is sent to sign in.
 */
export async function auditExportResponse(
  url: URL,
  user: CurrentUser | null,
  callerOf: (user: CurrentUser) => Promise<ReturnType<typeof createCaller>>,
  adminUrl: string,
  now: Date = new Date(),
): Promise<Response> {
  if (!user) return Response.redirect(new URL("/login?notice=session-ended", adminUrl), 303);
  if (user.heldAtEnrolment) return Response.redirect(new URL("/two-factor", adminUrl), 303);
  if (!hasRole(user, "ADMIN")) return text(403, "Only admins can export the audit log.");
  const caller = await callerOf(user);
  const { query, actorId, noActor, errors } = await auditQueryOf(
    caller,
    Object.fromEntries(url.searchParams),
  );
  if (errors.length) return text(400, errors.map((e) => e.message).join("\n"));
  const { items, truncated } = noActor
    ? { items: [], truncated: false }
    : await caller.audit.export({ ...query, actorId });
  return new Response(auditCsv(items, adminUrl), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename(now)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      // More entries matched than one file holds: the page says to narrow the filters.
      ...(truncated ? { "X-Audit-Truncated": String(items.length) } : {}),
    },
  });
}
