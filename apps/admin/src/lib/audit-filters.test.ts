import { describe, expect, it } from "vitest";

import { actionFilter, parseAuditFilters } from "./audit-filters";
import { dayBoundary } from "./days";

describe("parseAuditFilters", () => {
  it("turns the URL into audit.list's input", () => {
    const f = parseAuditFilters({
      actor: " Editor@Example.org ",
      action: "user.create",
      type: "USER",
      entity: "cm123",
      from: "2025-03-01",
      to: "2025-03-02",
    });
    expect(f.errors).toEqual([]);
    expect(f.values).toEqual({
      actor: "editor@example.org",
      action: "user.create",
      type: "USER",
      entity: "cm123",
      from: "2025-03-01",
      to: "2025-03-02",
    });
    expect(f.query).toEqual({
      action: "user.create",
      entityType: "USER",
      entityId: "cm123",
      from: new Date("2025-03-01T00:00:00.000Z"),
      // The end day is included whole.
      to: new Date("2025-03-02T23:59:59.999Z"),
    });
  });

  it("treats a bare word as a family of actions", () => {
    expect(actionFilter("login")).toBe("login.");
    expect(actionFilter("login.")).toBe("login.");
    expect(actionFilter("user.password.reset")).toBe("user.password.reset");
    expect(parseAuditFilters({ action: "token" }).query.action).toBe("token.");
  });

  it("reports bad values instead of failing, and ignores empty ones", () => {
    const f = parseAuditFilters({ type: "SPACESHIP", from: "2025-02-30", to: "", actor: "" });
    expect(f.query).toEqual({});
    expect(f.values).toEqual({});
    expect(f.errors.map((e) => e.field)).toEqual(["type", "from"]);
  });

  it("refuses a range that ends before it starts", () => {
    const f = parseAuditFilters({ from: "2025-03-02", to: "2025-03-01" });
    expect(f.errors).toEqual([{ field: "to", message: expect.stringMatching(/end date/) }]);
    expect(f.query.to).toBeUndefined();
  });

  it("reads the first of repeated parameters", () => {
    expect(parseAuditFilters({ action: ["login.", "user."] }).values.action).toBe("login.");
  });
});

describe("dayBoundary", () => {
  it("knows real days from impossible ones", () => {
    expect(dayBoundary("2024-02-29", "start")).toEqual(new Date("2024-02-29T00:00:00Z"));
    expect(dayBoundary("2025-02-29", "start")).toBeNull();
    expect(dayBoundary("29.02.2024", "end")).toBeNull();
  });
});
