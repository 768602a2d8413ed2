import type { Db } from "@kz/db";

import { writeAudit } from "../audit/audit.service";
import { authenticate, type LoginResult } from "../auth/login.service";
import { loginBuckets } from "./buckets";
import type { ApiLimits } from "./config";
import { consume, refund, reset } from "./limiter";

export type LimitedLoginResult =
  LoginResult | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * `authenticate`, within the sign-in limits (loginBuckets): per email and address, which also
 * covers slow guessing between lockouts; per address, against a flood of made-up emails; and for
 * everyone together, so a flood from many addresses cannot spend the server on password hashes.
 * The first bucket that refuses ends the attempt: the wider ones are not charged for it, and the
 * narrower ones are given their point back, so an editor retrying while a flood fills the global
 * bucket does not use up their own. A refused attempt checks no password. A successful sign-in
 * clears its email's count.
 */
export async function authenticateWithLimit(
  db: Db,
  raw: { email: string; password: string },
  ip: string | null,
  limits: ApiLimits,
  now: Date = new Date(),
): Promise<LimitedLoginResult> {
  const buckets = loginBuckets(raw.email ?? "", ip, limits);
  for (const [index, bucket] of buckets.entries()) {
    const decision = await consume(db, bucket.key, 1, bucket.window);
    if (decision.allowed) continue;
    for (const narrower of buckets.slice(0, index)) await refund(db, narrower.key);
    // Once per bucket and window, not per refused attempt: a flood must not flood the audit log.
    if (decision.used === decision.limit + 1) {
      await writeAudit(db, {
        actorLabel: String(raw.email ?? "")
          .trim()
          .toLowerCase()
          .slice(0, 200),
        action: "login.rateLimited",
        ip,
        details: { bucket: bucket.key, retryAfterSeconds: decision.retryAfterSeconds },
      });
    }
    return { ok: false, reason: "rate_limited", retryAfterSeconds: decision.retryAfterSeconds };
  }
  const result = await authenticate(db, raw, ip, now);
  if (result.ok) await reset(db, buckets[0]!.key);
  return result;
}
