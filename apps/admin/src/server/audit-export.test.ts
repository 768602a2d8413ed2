import type { CurrentUser } from "@kz/api";
import { describe, expect, it, vi } from "vitest";

import { auditExportResponse } from "./audit-export";

const ADMIN_URL = "https://admin.example.org";
const user = (role: CurrentUser["role"]): CurrentUser => ({
  id: `u-${role}`,
  email: `${role.toLowerCase()}@example.org`,
  name: role,
  role,
});
const entry = {
  id: "a1",
  createdAt: new Date("2026-03-01T12:05:09Z"),
  actorId: "u1",
  actorLabel: "editor@example.org",
  action: "event.publish",
  entityType: "EVENT" as const,
  entityId: "ev1",
  entityTitle: "Strike",
  ip: null,
  details: null,
};

/** A caller whose audit.export answers `items`, and whose user list knows one email. */
function fakeCaller(truncated = false) {
  const exportAudit = vi.fn(async () => ({ items: [entry], truncated }));
  const caller = {
    audit: { export: exportAudit },
    user: { list: async () => ({ items: [{ id: "u1", email: "editor@example.org" }] }) },
  };
  return { exportAudit, callerOf: async () => caller as never };
}

const get = (query: string, who: CurrentUser | null, caller = fakeCaller()) =>
  auditExportResponse(
    new URL(`/audit/export${query}`, ADMIN_URL),
    who,
    caller.callerOf,
    ADMIN_URL,
    new Date("2026-03-02T08:00:01Z"),
  );

describe("the audit log's CSV download", () => {
  it("sends whoever is not signed in to sign in, and refuses everyone but admins", async () => {
    const anonymous = await get("", null);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe(`${ADMIN_URL}/login?notice=session-ended`);
    for (const role of ["VIEWER", "CONTRIBUTOR", "EDITOR"] as const) {
      const caller = fakeCaller();
      const refused = await get("", user(role), caller);
      expect(refused.status).toBe(403);
      expect(await refused.text()).toBe("Only admins can export the audit log.");
      expect(caller.exportAudit).not.toHaveBeenCalled();
    }
  });

  it("exports under the page's filters, as a CSV file named by its time", async () => {
    const caller = fakeCaller();
    const response = await get(
      "?actor=editor@example.org&action=event&type=EVENT&from=2026-03-01&to=2026-03-01",
      user("ADMIN"),
      caller,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="audit-2026-03-02T080001Z.csv"',
    );
    expect(response.headers.get("x-audit-truncated")).toBeNull();
    expect(caller.exportAudit).toHaveBeenCalledWith({
      action: "event.",
      entityType: "EVENT",
      from: new Date("2026-03-01T00:00:00.000Z"),
      to: new Date("2026-03-01T23:59:59.999Z"),
      actorId: "u1",
    });
    expect(await response.text()).toContain(
      "2026-03-01T12:05:09Z,editor@example.org,event.publish,Event,ev1,Strike,https://admin.example.org/events/ev1,,",
    );
  });

  it("says so when the filters are wrong or matched more than one file holds", async () => {
    const bad = await get("?from=yesterday&actor=nobody@example.org", user("ADMIN"));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe(
      "“yesterday” is not a date (use YYYY-MM-DD)\nNo user has the email nobody@example.org",
    );
    const many = await get("", user("ADMIN"), fakeCaller(true));
    expect(many.headers.get("x-audit-truncated")).toBe("1");
  });
});
