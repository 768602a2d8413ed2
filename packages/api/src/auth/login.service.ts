import { hashPassword, verifyPassword, type Db } from "@kz/db";

import type { Actor } from "../actor";
import { writeAudit, type AuditEntry } from "../audit/audit.service";
import { inTransaction, type Tx } from "../shared/tx";
import { credentialsInput } from "./auth.schema";

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export type LoginResult =
  { ok: true; actor: Actor } | { ok: false; reason: "invalid" | "locked" | "inactive" };

// Verifying against a real hash when the email is unknown makes a failure take the same time
// whether or not the account exists.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword("not-a-real-password-for-timing"));

/**
 * Checks credentials and applies the lockout policy: after MAX_FAILED_LOGINS consecutive failures the
 * account is locked for LOCKOUT_MINUTES. Every outcome is written to the audit log.
 */
export async function authenticate(
  db: Db,
  raw: { email: string; password: string },
  ip: string | null,
  now: Date = new Date(),
): Promise<LoginResult> {
  const parsed = credentialsInput.safeParse(raw);
  if (!parsed.success) {
    await verifyPassword(await getDummyHash(), raw.password ?? "");
    return { ok: false, reason: "invalid" };
  }
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  const audit = {
    actorId: user?.id ?? null,
    actorLabel: email,
    ip,
    entityType: "USER" as const,
    entityId: user?.id,
  };

  if (!user) {
    await writeAudit(db, {
      ...audit,
      action: "login.failure",
      details: { reason: "unknown email" },
    });
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await writeAudit(db, {
      ...audit,
      action: "login.locked",
      details: { lockedUntil: user.lockedUntil.toISOString() },
    });
    return { ok: false, reason: "locked" };
  }
  if (!passwordOk) return recordFailure(db, user.id, audit, now);
  if (!user.active) {
    await writeAudit(db, { ...audit, action: "login.failure", details: { reason: "deactivated" } });
    return { ok: false, reason: "inactive" };
  }
  return inTransaction(db, async (tx) => {
    // Only if no attempt running in parallel has locked the account since it was read above.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
    });
    if (count === 0) return refuseLocked(tx, user.id, audit);
    await writeAudit(tx, { ...audit, action: "login.success" });
    return {
      ok: true,
      actor: { id: user.id, email: user.email, name: user.name, role: user.role },
    };
  });
}

export type LoginAudit = Omit<AuditEntry, "action" | "details">;

/**
 * Counts a wrong password and locks the account at the MAX_FAILED_LOGINS-th, in one statement that
 * also checks the lock: of any number of parallel attempts exactly that many are counted, and the
 * rest find the account locked, however they interleave. Sign-in and a signed-in user's password
 * change share the count (`failureAction` names the attempt in the audit log), so a stolen session
 * cannot guess the current password any faster than a stranger at the sign-in page.
 */
export async function recordFailure(
  db: Db,
  userId: string,
  audit: LoginAudit,
  now: Date,
  failureAction = "login.failure",
): Promise<LoginResult> {
  const lockedUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
  return inTransaction(db, async (tx) => {
    const [counted] = await tx.$queryRaw<{ failedLoginCount: number }[]>`
      UPDATE "User" SET
        "failedLoginCount" =
          CASE WHEN "failedLoginCount" + 1 >= ${MAX_FAILED_LOGINS} THEN 0 ELSE "failedLoginCount" + 1 END,
        "lockedUntil" =
          CASE WHEN "failedLoginCount" + 1 >= ${MAX_FAILED_LOGINS} THEN ${lockedUntil} ELSE "lockedUntil" END
      WHERE id = ${userId} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
      RETURNING "failedLoginCount"`;
    if (!counted) return refuseLocked(tx, userId, audit);
    // The count starts again from zero once the account is locked.
    if (counted.failedLoginCount === 0) {
      await writeAudit(tx, {
        ...audit,
        action: "login.lockout",
        details: { lockedUntil: lockedUntil.toISOString() },
      });
      return { ok: false, reason: "locked" };
    }
    await writeAudit(tx, {
      ...audit,
      action: failureAction,
      details: { reason: "wrong password" },
    });
    return { ok: false, reason: "invalid" };
  });
}

async function refuseLocked(tx: Tx, userId: string, audit: LoginAudit): Promise<LoginResult> {
  const { lockedUntil } = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { lockedUntil: true },
  });
  await writeAudit(tx, {
    ...audit,
    action: "login.locked",
    details: { lockedUntil: lockedUntil?.toISOString() ?? null },
  });
  return { ok: false, reason: "locked" };
}

/**
 * Resolves a session to an actor on every request, so deactivating a user or changing their password
 * ends sessions issued before that moment.
 */
export async function actorForSession(
  db: Db,
  session: { userId: string; authenticatedAt: number },
): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { id: session.userId } });
  if (!user || !user.active) return null;
  // Milliseconds on both sides: a session signed in the second before a password reset must end too.
  if (user.sessionsValidFrom.getTime() > session.authenticatedAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
