import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { describe, expect, it } from "vitest";

import {
  hashRecoveryCode,
  manualKey,
  matchTotp,
  newRecoveryCodes,
  newTotpKey,
  stepAt,
  totpUri,
} from "./totp";

const codeAt = (key: string, step: number) =>
  generateHOTP(decodeBase32IgnorePadding(key), BigInt(step), 6);

describe("TOTP", () => {
  const key = newTotpKey();
  const now = new Date("2026-12-07T12:00:10Z");
  const step = stepAt(now);

  it("makes 160-bit keys, shown in groups of four and as an otpauth URI", () => {
    expect(key).toMatch(/^[A-Z2-7]{32}$/);
    expect(manualKey(key)).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    const uri = new URL(totpUri(key, "editor@example.org"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(key);
    expect(uri.searchParams.get("period")).toBe("30");
  });

  it("accepts the codes of the step before, now and after, and says which step", () => {
    expect(matchTotp(key, codeAt(key, step), now)).toBe(step);
    expect(matchTotp(key, codeAt(key, step - 1), now)).toBe(step - 1);
    expect(matchTotp(key, codeAt(key, step + 1), now)).toBe(step + 1);
    expect(
      matchTotp(key, ` ${codeAt(key, step).slice(0, 3)} ${codeAt(key, step).slice(3)} `, now),
    ).toBe(step);
  });

  it("refuses codes two steps away, malformed codes, and any step not after the last one used", () => {
    expect(matchTotp(key, codeAt(key, step - 2), now)).toBeNull();
    expect(matchTotp(key, codeAt(key, step + 2), now)).toBeNull();
    expect(matchTotp(key, "12345", now)).toBeNull();
    expect(matchTotp(key, "abcdef", now)).toBeNull();
    // Replay: the code of the step already used, or an earlier one, is refused.
    expect(matchTotp(key, codeAt(key, step), now, step)).toBeNull();
    expect(matchTotp(key, codeAt(key, step - 1), now, step)).toBeNull();
    expect(matchTotp(key, codeAt(key, step + 1), now, step)).toBe(step + 1);
  });
});

describe("recovery codes", () => {
  it("are ten different codes of 50 bits, hashed the same whatever the case or dash", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const [code] = codes as [string];
    expect(hashRecoveryCode(code.toUpperCase().replace("-", " "))).toBe(hashRecoveryCode(code));
    expect(hashRecoveryCode(code)).toMatch(/^[0-9a-f]{64}$/);
  });
});
