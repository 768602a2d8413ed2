import { Prisma, type Db } from "@kz/db";

import type { CurrentUser } from "../current-user";
import { writeAudit, type RequestOrigin } from "../audit/audit.service";
import { accountAudit } from "./account-audit";
import type { Tx } from "../shared/tx";
import { signInNotice, type DismissSignInNoticeInput, type SignInNotice } from "./auth.schema";

// The sign-in page answers every failure alike (it must not tell a stranger that an account
// exists or is locked), so the owner learns of guessing and lockouts here, after signing in.

// What counts: wrong passwords at sign-in or in a password change, locks, and attempts refused
// while locked (all audited against the user).
const FAILURE_ACTIONS = [
  "login.failure",
  "login.lockout",
  "login.locked",
  "user.password.change.failure",
];

const stored = (value: Prisma.JsonValue | null): SignInNotice | null => {
  const parsed = signInNotice.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/**
 * In a successful sign-in's transaction: the notice to show from now on, covering every failure
 * since the last sign-in (or since the notice still undismissed began), or null when there were
 * none.
 */
export async function noticeAtSignIn(tx: Tx, userId: string): Promise<SignInNotice | null> {
  // Locked until the sign-in commits, so a dismissal meanwhile is not undone by a stale read.
  const [user] = await tx.$queryRaw<
    { id: string; createdAt: Date; lastLoginAt: Date | null; signInNotice: Prisma.JsonValue }[]
  >`SELECT id, "createdAt", "lastLoginAt", "signInNotice" FROM "User" WHERE id = ${userId} FOR UPDATE`;
  if (!user) return null;
  const pending = stored(user.signInNotice);
  const since = pending?.since ?? user.lastLoginAt ?? user.createdAt;
  const groups = await tx.auditLog.groupBy({
    by: ["action", "ip"],
    where: {
      entityType: "USER",
      entityId: user.id,
      action: { in: FAILURE_ACTIONS },
      createdAt: { gt: since },
    },
    _count: { _all: true },
  });
  if (groups.length === 0) return pending;
  const count = (filter: (g: (typeof groups)[number]) => boolean) =>
    groups.filter(filter).reduce((sum, g) => sum + g._count._all, 0);
  return {
    since,
    failedAttempts: count(() => true),
    lockouts: count((g) => g.action === "login.lockout"),
    addresses: new Set(groups.map((g) => g.ip ?? "")).size,
  };
}

/** The notice a signed-in user has not dismissed yet, if any. */
export async function pendingSignInNotice(db: Db, userId: string): Promise<SignInNotice | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { signInNotice: true } });
  return stored(user?.signInNotice ?? null);
}

/** The user has read the notice of failed attempts on their account, as it was when they read it. */
export async function dismissSignInNotice(
  db: Db,
  input: DismissSignInNoticeInput,
  actor: CurrentUser,
  origin: RequestOrigin,
): Promise<{ dismissed: boolean }> {
  return db.$transaction(async (tx) => {
    // Locked, so a sign-in elsewhere cannot add to the notice between the read and the clear.
    const [row] = await tx.$queryRaw<{ signInNotice: Prisma.JsonValue }[]>`
      SELECT "signInNotice" FROM "User" WHERE id = ${actor.id} FOR UPDATE`;
    const notice = stored(row?.signInNotice ?? null);
    const read = notice !== null && notice.failedAttempts <= input.failedAttempts;
    if (read) {
      await tx.user.update({ where: { id: actor.id }, data: { signInNotice: Prisma.DbNull } });
      await writeAudit(tx, {
        ...accountAudit(actor, origin, actor.id),
        action: "user.signInNotice.dismiss",
      });
    }
    return { dismissed: read };
  });
}
