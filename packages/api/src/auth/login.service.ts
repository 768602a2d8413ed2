import { hashPassword, verifyPassword, type Db } from "@kz/db";

import type { CurrentUser } from "../current-user";
import { writeAudit } from "../audit/audit.service";
import { inTransaction } from "../shared/tx";
import { credentialsInput } from "./auth.schema";
import {
  clearFailuresUnlessLocked,
  recordFailure,
  signInLockKey,
  sweepPastLocks,
} from "./sign-in-lock";
import { noticeAtSignIn } from "./sign-in-notice";

export { LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from "./sign-in-lock";

/**
 * One answer for every failure (unknown email, wrong password, locked, deactivated): the sign-in
 * page must tell no one which accounts exist, which are locked, or — for a deactivated account —
 * that the password was right. The audit log keeps the real reason; the owner is told of failures
 * and lockouts after their next sign-in (sign-in-notice.ts).
 */
export type LoginResult = { ok: true; user: CurrentUser } | { ok: false; reason: "invalid" };

const INVALID = { ok: false, reason: "invalid" } as const;

// Verifying against a real hash when the email is unknown makes a failure take the same time
// whether or not the account exists.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword("not-a-real-password-for-timing"));

/**
 * Checks credentials under the lockout: after MAX_FAILED_LOGINS consecutive failures from one
 * client address for one email, that pair is locked for LOCKOUT_MINUTES (sign-in-lock.ts). Every
 * failure verifies one hash and does the same database work; every outcome is audited.
 */
export async function authenticate(
  db: Db,
  raw: { email: string; password: string },
  ip: string | null,
  now: Date = new Date(),
): Promise<LoginResult> {
  const parsed = credentialsInput.safeParse(raw);
  const email = parsed.success ? parsed.data.email : String(raw.email ?? "");
  const user = parsed.success ? await db.user.findUnique({ where: { email } }) : null;
  const passwordOk = await verifyPassword(
    user?.passwordHash ?? (await getDummyHash()),
    String(raw.password ?? ""),
  );
  const key = signInLockKey(email, ip);
  const audit = {
    actorId: user?.id ?? null,
    actorLabel: email.trim().toLowerCase().slice(0, 200),
    ip,
    entityType: "USER" as const,
    entityId: user?.id,
  };

  if (user && passwordOk && user.active) {
    const signedIn = await inTransaction(db, async (tx) => {
      // Not while the pair is locked: that attempt is recorded below like any other failure.
      if (await clearFailuresUnlessLocked(tx, key, now)) return false;
      await sweepPastLocks(tx, now);
      const notice = await noticeAtSignIn(tx, user.id);
      await tx.user.update({
        where: { id: user.id },
        data: { lastLoginAt: now, signInNotice: notice ?? undefined },
      });
      await writeAudit(tx, { ...audit, action: "login.success" });
      return true;
    });
    if (signedIn) {
      return {
        ok: true,
        user: { id: user.id, email: user.email, name: user.name, role: user.role },
      };
    }
  }

  const reason = !user
    ? "unknown email"
    : !passwordOk
      ? "wrong password"
      : !user.active
        ? "deactivated"
        : "locked";
  await recordFailure(
    db,
    { key, userId: user?.id ?? null, reason, action: "login.failure" },
    audit,
    now,
  );
  return INVALID;
}

/**
 * Resolves a session to its user on every request, so deactivating a user or changing their password
 * ends sessions issued before that moment.
 */
export async function userForSession(
  db: Db,
  session: { userId: string; authenticatedAt: number },
): Promise<CurrentUser | null> {
  const user = await db.user.findUnique({ where: { id: session.userId } });
  if (!user || !user.active) return null;
  // Milliseconds on both sides: a session signed in the second before a password reset must end too.
  if (user.sessionsValidFrom.getTime() > session.authenticatedAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
