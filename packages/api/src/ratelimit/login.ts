import type { Db } from "@kz/db";

import { writeAudit } from "../audit/audit.service";
import { authenticate, type LoginResult, type SignInOptions } from "../auth/login.service";
import { loginBuckets } from "./buckets";
import type { ApiLimits } from "./config";
import { consume, refund, reset } from "./limiter";

export type LimitedLoginResult =
  LoginResult | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

export type SignInAttempt =
  | { allowed: true; /** Cleared when the password proves right. */ narrowestKey: string }
  | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one password check for `email` from `ip` against the sign-in limits (loginBuckets): per
 * email and address, which also covers slow guessing between lockouts; per address, against a
 * flood of made-up emails; and for everyone together, so a flood from many addresses cannot spend
 * the server on password hashes. The first bucket that refuses ends the attempt: the wider ones are
 * not charged for it, and the narrower ones are given their point back, so an editor retrying while
 * a flood fills the global bucket does not use up their own. A refused attempt must check no
 * password. The sign-in and a password change (me.changePassword) both count here.
 */
export async function spendSignInAttempt(
  db: Db,
  email: string,
  ip: string | null,
  limits: ApiLimits,
): Promise<SignInAttempt> {
  const buckets = loginBuckets(email, ip, limits);
  for (const [index, bucket] of buckets.entries()) {
    const decision = await consume(db, bucket.key, 1, bucket.window);
    if (decision.allowed) continue;
    for (const narrower of buckets.slice(0, index)) await refund(db, narrower.key);
    // Once per bucket and window, not per refused attempt: a flood must not flood the audit log.
    if (decision.used === decision.limit + 1) {
      await writeAudit(db, {
        actorLabel: email.trim().toLowerCase().slice(0, 200),
        action: "login.rateLimited",
        ip,
        details: { bucket: bucket.key, retryAfterSeconds: decision.retryAfterSeconds },
      });
    }
    return { allowed: false, retryAfterSeconds: decision.retryAfterSeconds };
  }
  return { allowed: true, narrowestKey: buckets[0]!.key };
}

/** A right password: its email's count from this address starts again. */
export const clearSignInAttempts = (db: Db, attempt: { narrowestKey: string }) =>
  reset(db, attempt.narrowestKey);

/** `authenticate`, within the sign-in limits (spendSignInAttempt). */
export async function authenticateWithLimit(
  db: Db,
  raw: { email: string; password: string },
  ip: string | null,
  limits: ApiLimits,
  now: Date = new Date(),
  options: SignInOptions = {},
): Promise<LimitedLoginResult> {
  const attempt = await spendSignInAttempt(db, String(raw.email ?? ""), ip, limits);
  if (!attempt.allowed) {
    return { ok: false, reason: "rate_limited", retryAfterSeconds: attempt.retryAfterSeconds };
  }
  const result = await authenticate(db, raw, ip, now, options);
  if (result.ok) await clearSignInAttempts(db, attempt);
  return result;
}
