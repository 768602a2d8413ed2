import { describe, expect, it } from "vitest";

import { accountPasswordForm } from "./account-password";
import { splitFieldErrors } from "./form-errors";
import { formatDate, formatDateTime, formatInstant } from "./format";

describe("splitFieldErrors", () => {
  it("puts the server's messages beside the form's fields, and the rest above", () => {
    const split = splitFieldErrors(
      {
        fieldErrors: {
          email: ["A user with this email already exists"],
          "scopes.0": ["Unknown scope", "Try again"],
          _: ["Something else"],
        },
      },
      ["email", "name", "scopes"] as const,
    );
    expect(split.fields).toEqual([
      ["email", "A user with this email already exists"],
      ["scopes", "Unknown scope Try again"],
    ]);
    expect(split.other).toEqual(["Something else"]);
  });

  it("sends a message on an item's own input there, for fields whose items have inputs", () => {
    const split = splitFieldErrors(
      { fieldErrors: { "entries.1.date": ["Dated before the arrest"], "actorIds.0": ["Gone"] } },
      ["entries", "actorIds"] as const,
      ["entries"],
    );
    expect(split.fields).toEqual([
      ["entries.1.date", "Dated before the arrest"],
      ["actorIds", "Gone"],
    ]);
  });

  it("is empty without field errors", () => {
    expect(splitFieldErrors({}, ["email"])).toEqual({ fields: [], other: [] });
  });
});

describe("accountPasswordForm", () => {
  const valid = {
    currentPassword: "old-password-1",
    newPassword: "a-new-password-2",
    confirmPassword: "a-new-password-2",
  };
  const issues = (v: Record<string, string>) =>
    accountPasswordForm.safeParse(v).error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

  it("accepts a matching new password", () => {
    expect(issues(valid)).toEqual([]);
  });

  it("keeps the API's rules and messages", () => {
    expect(issues({ ...valid, newPassword: "short", confirmPassword: "short" })).toEqual([
      ["newPassword", "Use at least 12 characters"],
    ]);
  });

  it("asks for the same new password twice", () => {
    expect(issues({ ...valid, confirmPassword: "something-else-3" })).toEqual([
      ["confirmPassword", "The two new passwords differ"],
    ]);
  });
});

describe("format", () => {
  it("shows times in UTC", () => {
    expect(formatDateTime(new Date("2025-03-01T04:05:59Z"))).toBe("2025-03-01 04:05 UTC");
    expect(formatDate(new Date("2025-03-01T23:59:59Z"))).toBe("2025-03-01");
    expect(formatDateTime(null)).toBe("—");
    expect(formatInstant(new Date("2025-03-01T04:05:09Z"))).toBe("2025-03-01 04:05:09 UTC");
    expect(formatInstant(null)).toBe("—");
  });
});
