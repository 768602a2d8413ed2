import { hashPassword, verifyPassword, type Db } from "@kz/db";

import type { Actor } from "../actor";
import { writeAudit } from "../audit/audit.service";
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
  if (!passwordOk) {
    // Increment in SQL so parallel attempts cannot overwrite each other's count.
    const updated = await db.user.update({
      where: { id: user.id },
      data: { failedLoginCount: { increment: 1 } },
      select: { failedLoginCount: true },
    });
    if (updated.failedLoginCount >= MAX_FAILED_LOGINS) {
      const lockedUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
      await db.user.update({ where: { id: user.id }, data: { lockedUntil, failedLoginCount: 0 } });
      await writeAudit(db, {
        ...audit,
        action: "login.lockout",
        details: { lockedUntil: lockedUntil.toISOString() },
      });
      return { ok: false, reason: "locked" };
    }
    await writeAudit(db, {
      ...audit,
      action: "login.failure",
      details: { reason: "wrong password" },
    });
    return { ok: false, reason: "invalid" };
  }
  if (!user.active) {
    await writeAudit(db, { ...audit, action: "login.failure", details: { reason: "deactivated" } });
    return { ok: false, reason: "inactive" };
  }
  await db.user.update({
    where: { id: user.id },
    data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
  });
  await writeAudit(db, { ...audit, action: "login.success" });
  return { ok: true, actor: { id: user.id, email: user.email, name: user.name, role: user.role } };
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
