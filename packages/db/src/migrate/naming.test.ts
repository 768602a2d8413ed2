import { describe, expect, it } from "vitest";
import { migrationNameProblem, migrationTimestamp } from "./naming";

describe("migrationNameProblem", () => {
  it.each(["init", "add_users", "v2_indexes", "a1_b2_c3"])("accepts %s", (name) => {
    expect(migrationNameProblem(name)).toBeNull();
  });

  it.each([
    "",
    "AddUsers",
    "add-users",
    "add users",
    "_init",
    "init_",
    "add__users",
    "1_init",
    "ünique",
  ])("rejects %j", (name) => {
    expect(migrationNameProblem(name)).toEqual(expect.any(String));
  });

  it("rejects names that would overflow the migration_name column", () => {
    expect(migrationNameProblem("a".repeat(201))).toMatch(/longer than/);
  });
});

describe("migrationTimestamp", () => {
  it("formats the UTC time as yyyymmddHHMMSS", () => {
    expect(migrationTimestamp(new Date("2025-03-04T05:06:07.890Z"))).toBe("20250304050607");
  });

  it("uses UTC, not the local time zone", () => {
    expect(migrationTimestamp(new Date("2024-12-31T23:59:59+05:00"))).toBe("20241231185959");
  });
});
