import type { Db } from "@kz/db";

import { writeAudit } from "../audit/audit.service";
import { authenticate, type LoginResult } from "../auth/login.service";
import { loginBucket } from "./buckets";
import type { ApiLimits } from "./config";
import { consume, reset } from "./limiter";

export type LimitedLoginResult =
  LoginResult | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * `authenticate`, at most `limits.login` attempts per email and client address per window, on top
 * of the account lockout: it also covers unknown emails and slow guessing between lockouts. A
 * refused attempt does not check the password at all. A successful sign-in clears the count.
 */
export async function authenticateWithLimit(
  db: Db,
  raw: { email: string; password: string },
  ip: string | null,
  limits: ApiLimits,
  now: Date = new Date(),
): Promise<LimitedLoginResult> {
  const bucket = loginBucket(raw.email ?? "", ip, limits);
  const decision = await consume(db, bucket.key, 1, bucket.window);
  if (!decision.allowed) {
    // Once per window, not per refused attempt: a flood must not flood the audit log too.
    if (decision.used === decision.limit + 1) {
      await writeAudit(db, {
        actorLabel: raw.email.trim().toLowerCase().slice(0, 200),
        action: "login.rateLimited",
        ip,
        details: { retryAfterSeconds: decision.retryAfterSeconds },
      });
    }
    return { ok: false, reason: "rate_limited", retryAfterSeconds: decision.retryAfterSeconds };
  }
  const result = await authenticate(db, raw, ip, now);
  if (result.ok) await reset(db, bucket.key);
  return result;
}
