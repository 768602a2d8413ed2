import { env } from "../../../../env";
import { getUser } from "../../../../server/auth";
import { auditExportResponse } from "../../../../server/audit-export";
import { api } from "../../../../server/caller";

// The audit log as CSV, under the filters in the URL (/audit/export?action=event.&from=…).
export async function GET(req: Request) {
  const user = await getUser();
  return auditExportResponse(new URL(req.url), user, api, env.ADMIN_URL);
}
