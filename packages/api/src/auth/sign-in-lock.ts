import type { Db } from "@kz/db";

import { writeAudit, type AuditEntry } from "../audit/audit.service";
import { consume } from "../ratelimit/limiter";
import { addressKey } from "../ratelimit/client-ip";
import { inTransaction, type Tx } from "../shared/tx";

import { LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from "./auth.schema";

export { LOCKOUT_MINUTES, MAX_FAILED_LOGINS };
const LOCKOUT_MS = LOCKOUT_MINUTES * 60_000;

/**
 * What a wrong password counts against: the email *and* the client's address, so a stranger
 * guessing from elsewhere cannot lock a named editor out. Without a trusted proxy the address is
 * unknown (see clientIp) and the count falls back to the email alone. Bounded: the email is not
 * validated yet, and an index entry has a size limit.
 */
export function signInLockKey(email: string, ip: string | null): string {
  return `${email.trim().toLowerCase().slice(0, 320)}|${ip ? addressKey(ip) : "*"}`;
}

export type FailureCount = { locked: false } | { locked: true; until: Date; justNow: boolean };

/**
 * Counts a failure against the pair and locks it at the MAX_FAILED_LOGINS-th, in one statement
 * that also checks the lock: of any number of parallel attempts exactly that many are counted,
 * and the rest find the pair locked, however they interleave. The count starts again from zero
 * once the pair is locked.
 */
export async function countFailure(
  tx: Tx,
  key: string,
  userId: string | null,
  now: Date,
): Promise<FailureCount> {
  const lockUntil = new Date(now.getTime() + LOCKOUT_MS);
  const [counted] = await tx.$queryRaw<{ failedCount: number }[]>`
    INSERT INTO "SignInLock" AS l (key, "userId", "failedCount", "lockedUntil", "updatedAt")
    VALUES (${key}, ${userId}, 1, NULL, ${now})
    ON CONFLICT (key) DO UPDATE SET
      "failedCount" =
        CASE WHEN l."failedCount" + 1 >= ${MAX_FAILED_LOGINS} THEN 0 ELSE l."failedCount" + 1 END,
      "lockedUntil" =
        CASE WHEN l."failedCount" + 1 >= ${MAX_FAILED_LOGINS} THEN ${lockUntil}::timestamp(3) END,
      "userId" = EXCLUDED."userId",
      "updatedAt" = EXCLUDED."updatedAt"
    WHERE l."lockedUntil" IS NULL OR l."lockedUntil" <= ${now}
    RETURNING l."failedCount"`;
  if (!counted) {
    const until = (await lockedUntil(tx, key, now, false)) ?? lockUntil;
    return { locked: true, until, justNow: false };
  }
  if (counted.failedCount === 0) return { locked: true, until: lockUntil, justNow: true };
  return { locked: false };
}

/**
 * When the pair's lock ends, or null when it is not locked. `forUpdate` holds the row until the
 * transaction ends, so a failure that would lock it waits for a sign-in that read it unlocked.
 */
async function lockedUntil(
  tx: Tx,
  key: string,
  now: Date,
  forUpdate: boolean,
): Promise<Date | null> {
  const [row] = forUpdate
    ? await tx.$queryRaw<{ lockedUntil: Date | null }[]>`
        SELECT "lockedUntil" FROM "SignInLock" WHERE key = ${key} FOR UPDATE`
    : await tx.$queryRaw<{ lockedUntil: Date | null }[]>`
        SELECT "lockedUntil" FROM "SignInLock" WHERE key = ${key}`;
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/** When the pair's lock ends, or null when it is not locked: a read that takes no row lock. */
export async function lockedUntilOf(db: Db, key: string, now: Date): Promise<Date | null> {
  const row = await db.signInLock.findUnique({ where: { key }, select: { lockedUntil: true } });
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/**
 * For a sign-in or password change whose password was right: null once the pair's failures are
 * cleared, or the end of the lock that refuses it.
 */
export async function clearFailuresUnlessLocked(
  tx: Tx,
  key: string,
  now: Date,
): Promise<Date | null> {
  const until = await lockedUntil(tx, key, now, true);
  if (until) return until;
  await tx.signInLock.deleteMany({ where: { key } });
  return null;
}

/** Ends every lock on a user's sign-ins, from any address (an administrator's password reset). */
export async function clearLocksOf(tx: Tx, userId: string): Promise<void> {
  await tx.signInLock.deleteMany({ where: { userId } });
}

/**
 * Deletes counts untouched for a day (their locks long over). Run inside a sign-in's or a lockout's
 * transaction, never on its own, so it cannot fail apart from the change it rides along with.
 */
export async function sweepPastLocks(tx: Tx, now: Date): Promise<void> {
  await tx.signInLock.deleteMany({
    where: { updatedAt: { lt: new Date(now.getTime() - 86_400_000) } },
  });
}

export type FailureAudit = Omit<AuditEntry, "action" | "details">;

// Failures for emails that have no account are written to the audit log at the 1st, 10th, 100th …
// of each address's window, each saying how many there have been: a flood of made-up emails
// leaves a handful of rows, not one per guess.
const UNKNOWN_EMAIL_WINDOW = {
  points: Number.MAX_SAFE_INTEGER,
  windowSeconds: LOCKOUT_MINUTES * 60,
};
const isPowerOfTen = (n: number) => n >= 1 && 10 ** Math.round(Math.log10(n)) === n;

/**
 * Records a failed attempt, whatever its reason, with the same database work for each: one count
 * against the (email, address) pair, one against the address, and its audit entry. `reason` is
 * written to the audit log only; the caller answers every failure alike.
 */
export async function recordFailure(
  db: Db,
  attempt: { key: string; userId: string | null; reason: string; action: string },
  audit: FailureAudit,
  now: Date,
): Promise<FailureCount> {
  const fromAddress = await consume(
    db,
    `sign-in-failures:${audit.ip ? addressKey(audit.ip) : "*"}`,
    1,
    UNKNOWN_EMAIL_WINDOW,
  );
  return inTransaction(db, async (tx) => {
    const count = await countFailure(tx, attempt.key, attempt.userId, now);
    if (count.locked && count.justNow) await sweepPastLocks(tx, now);
    if (count.locked) {
      await writeAudit(tx, {
        ...audit,
        action: count.justNow ? "login.lockout" : "login.locked",
        details: { reason: attempt.reason, lockedUntil: count.until.toISOString() },
      });
    } else if (attempt.userId || isPowerOfTen(fromAddress.used)) {
      await writeAudit(tx, {
        ...audit,
        action: attempt.action,
        details: attempt.userId
          ? { reason: attempt.reason }
          : { reason: attempt.reason, failuresFromThisAddressIn15Minutes: fromAddress.used },
      });
    }
    return count;
  });
}
