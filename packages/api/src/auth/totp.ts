// The pure parts of two-factor sign-in: TOTP keys and codes (RFC 6238, through @oslojs/otp) and
// recovery codes. No database here; two-factor.service.ts keeps the state.
import { createHash, randomBytes } from "node:crypto";

import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";
import { createTOTPKeyURI, verifyHOTP } from "@oslojs/otp";

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps either side of now a code is accepted for: a clock a little off, a code typed slowly. */
export const TOTP_WINDOW_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;
const ISSUER = "KZ Rights Monitor";

/** A new 160-bit key (RFC 4226's recommended length), base32 as stored. */
export const newTotpKey = (): string => encodeBase32UpperCaseNoPadding(randomBytes(20));

/** The key in groups of four, for typing into an app by hand. */
export const manualKey = (key: string): string => key.match(/.{1,4}/g)!.join(" ");

/** The otpauth:// URI an authenticator app reads from the QR code. */
export const totpUri = (key: string, accountName: string): string =>
  createTOTPKeyURI(
    ISSUER,
    accountName,
    decodeBase32IgnorePadding(key),
    TOTP_PERIOD_SECONDS,
    TOTP_DIGITS,
  );

/** The time step a moment falls in. */
export const stepAt = (now: Date): number =>
  Math.floor(now.getTime() / (TOTP_PERIOD_SECONDS * 1000));

/**
 * The step whose code `code` is, within ±TOTP_WINDOW_STEPS of now and later than `afterStep` (the
 * last step a code was accepted for: a code is good once), or null. The latest matching step wins.
 */
export function matchTotp(
  key: string,
  code: string,
  now: Date,
  afterStep: number | null = null,
): number | null {
  const digits = code.replace(/\s+/g, "");
  if (!new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(digits)) return null;
  const secret = decodeBase32IgnorePadding(key);
  const current = stepAt(now);
  for (let step = current + TOTP_WINDOW_STEPS; step >= current - TOTP_WINDOW_STEPS; step--) {
    if (afterStep !== null && step <= afterStep) break;
    if (verifyHOTP(secret, BigInt(step), TOTP_DIGITS, digits)) return step;
  }
  return null;
}

/** Whether a code has the shape of a TOTP code (else it is taken for a recovery code). */
export const looksLikeTotp = (code: string): boolean => /^\d{6}$/.test(code.replace(/\s+/g, ""));

// Recovery codes: 10 characters of Crockford-like base32 (no 0/O, 1/I/L confusion), 50 bits, shown
// as xxxxx-xxxxx. High-entropy and single-use, so a SHA-256 hash is enough to store them.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

function recoveryCode(): string {
  const bytes = randomBytes(10);
  const chars = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** Ten new recovery codes, all different. */
export function newRecoveryCodes(): string[] {
  const codes = new Set<string>();
  while (codes.size < RECOVERY_CODE_COUNT) codes.add(recoveryCode());
  return [...codes];
}

/** A recovery code as typed (any case, with or without the dash or spaces), as stored. */
export const normalizeRecoveryCode = (code: string): string =>
  code.toLowerCase().replace(/[\s-]+/g, "");

export const hashRecoveryCode = (code: string): string =>
  createHash("sha256").update(normalizeRecoveryCode(code)).digest("hex");
