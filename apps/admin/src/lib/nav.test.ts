import { describe, expect, it } from "vitest";

import { isCurrentSection, navFor } from "./nav";

const hrefs = (role: Parameters<typeof navFor>[0]) =>
  navFor(role).flatMap((g) => g.items.map((i) => i.href));

describe("navFor", () => {
  it("gives admins every section", () => {
    expect(hrefs("ADMIN")).toEqual([
      "/",
      "/inbox",
      "/events",
      "/cases",
      "/sources",
      "/ratings",
      "/topics",
      "/actors",
      "/places",
      "/trash",
      "/translations",
      "/users",
      "/audit",
      "/tokens",
      "/account",
    ]);
  });

  it("leaves users and the audit log out for other roles, and drops the empty group", () => {
    for (const role of ["EDITOR", "CONTRIBUTOR", "VIEWER"] as const) {
      expect(hrefs(role)).not.toContain("/users");
      expect(hrefs(role)).not.toContain("/audit");
      expect(hrefs(role)).toContain("/tokens");
      expect(navFor(role).map((g) => g.label)).not.toContain("Administration");
    }
  });
});

describe("isCurrentSection", () => {
  it("matches a section and the pages below it", () => {
    expect(isCurrentSection("/events", "/events")).toBe(true);
    expect(isCurrentSection("/events/abc/history", "/events")).toBe(true);
  });

  it("does not match a longer name or the dashboard by prefix", () => {
    expect(isCurrentSection("/eventsx", "/events")).toBe(false);
    expect(isCurrentSection("/events", "/")).toBe(false);
    expect(isCurrentSection("/", "/")).toBe(true);
  });
});
