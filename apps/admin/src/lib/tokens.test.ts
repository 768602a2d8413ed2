import { describe, expect, it } from "vitest";

import { dayAfter } from "./days";
import { expiryOfDay, tokenHint, tokenStatus } from "./tokens";

const now = new Date("2025-06-01T12:00:00Z");

describe("tokens", () => {
  it("says whether a token still works", () => {
    expect(tokenStatus({ revokedAt: null, expiresAt: new Date("2025-06-02") }, now)).toBe("active");
    expect(tokenStatus({ revokedAt: null, expiresAt: new Date("2025-06-01T12:00:00Z") }, now)).toBe(
      "expired",
    );
    // Revoked wins over expired: it is what the owner did.
    expect(tokenStatus({ revokedAt: now, expiresAt: new Date("2025-01-01") }, now)).toBe("revoked");
  });

  it("expires a token at the end of the chosen UTC day", () => {
    expect(expiryOfDay("2025-06-30")).toEqual(new Date("2025-06-30T23:59:59.999Z"));
    expect(expiryOfDay("")).toBeUndefined();
    expect(expiryOfDay("2025-06-31")).toBeUndefined();
    expect(dayAfter(now, 90)).toBe("2025-08-30");
  });

  it("shows only the public prefix", () => {
    expect(tokenHint("a1b2c3d4e5f6")).toBe("kzr_a1b2c3d4e5f6_…");
  });
});
