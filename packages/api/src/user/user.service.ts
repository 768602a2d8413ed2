import { randomBytes } from "node:crypto";

import { hashPassword, verifyPassword, type Db, type Prisma, type User } from "@kz/db";

import type { CurrentUser } from "../current-user";
import { writeAudit, type RequestOrigin } from "../audit/audit.service";
import { accountAudit } from "../auth/account-audit";
import {
  clearFailuresUnlessLocked,
  clearLocksOf,
  lockedUntilOf,
  LOCKOUT_MINUTES,
  recordFailure,
  signInLockKey,
} from "../auth/sign-in-lock";
import { endSessionsOf } from "../auth/sessions";
import { AppError, notFound } from "../errors";
import type { ApiLimits } from "../ratelimit/config";
import { clearSignInAttempts, spendSignInAttempt } from "../ratelimit/login";
import { decodeCursor, pageOf } from "../shared/pagination";
import { inTransaction, isUniqueViolation } from "../shared/tx";
import { revokeTokensOf } from "../token/token.service";
import type {
  ChangePasswordInput,
  ChangePasswordOutput,
  UserCreateInput,
  UserIdInput,
  UserListInput,
  UserListOutput,
  UserOutput,
  UserUpdateInput,
  UserWithPasswordOutput,
} from "./user.schema";

/** A random one-time password: 120 bits, 20 URL-safe characters. */
export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}

/** With a user: the sign-in locks in force on their account, from any address. */
const locksInForce = () =>
  ({
    signInLocks: { where: { lockedUntil: { gt: new Date() } }, select: { lockedUntil: true } },
  }) satisfies Prisma.UserInclude;

type UserWithLocks = Prisma.UserGetPayload<{ include: ReturnType<typeof locksInForce> }>;

export const toUserOutput = (u: UserWithLocks): UserOutput => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  active: u.active,
  lockedUntil: u.signInLocks.reduce<Date | null>(
    (latest, { lockedUntil }) =>
      lockedUntil && (!latest || lockedUntil > latest) ? lockedUntil : latest,
    null,
  ),
  lastLoginAt: u.lastLoginAt,
  createdAt: u.createdAt,
  twoFactorEnabled: u.totpEnabledAt !== null,
  twoFactorRequired: u.twoFactorRequired,
});

/** Users by email, filtered by part of name or email, role and active. */
export async function listUsers(db: Db, input: UserListInput): Promise<UserListOutput> {
  const cursorId = input.cursor ? decodeCursor(input.cursor) : undefined;
  const where: Prisma.UserWhereInput = {
    ...(input.q
      ? {
          OR: [
            { email: { contains: input.q, mode: "insensitive" } },
            { name: { contains: input.q, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(input.role ? { role: input.role } : {}),
    ...(input.active !== undefined ? { active: input.active } : {}),
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ email: "asc" }, { id: "asc" }],
      take: input.limit + 1,
      include: locksInForce(),
      ...(cursorId ? { cursor: { id: cursorId }, skip: 1 } : {}),
    }),
    db.user.count({ where }),
  ]);
  const { page, nextCursor } = pageOf(rows, input.limit);
  return { items: page.map(toUserOutput), nextCursor, total };
}

/** A new account with a one-time password, which is returned here once and stored only as a hash. */
export async function createUser(
  db: Db,
  input: UserCreateInput,
  actor: CurrentUser,
  origin: RequestOrigin,
): Promise<UserWithPasswordOutput> {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
        include: locksInForce(),
      });
      await writeAudit(tx, {
        ...accountAudit(actor, origin, created.id),
        action: "user.create",
        details: { email: created.email, role: created.role },
      });
      return created;
    });
    return { user: toUserOutput(user), password, tokensRevoked: 0 };
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw new AppError("CONFLICT", "A user with this email already exists", {
        fieldErrors: { email: ["A user with this email already exists"] },
      });
    }
    throw e;
  }
}

/**
 * Locks every active admin, then the target, for the rest of the transaction. Every change that could
 * remove an admin takes the admin locks first and in id order, so two concurrent demotions serialise:
 * the second one re-reads the admins after the first commits and sees that only one is left.
 */
async function lockTarget(tx: Prisma.TransactionClient, id: string) {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${id} FOR UPDATE`;
  const target = await tx.user.findUnique({ where: { id }, include: locksInForce() });
  if (!target) throw notFound("User");
  return { target, otherAdmins: admins.filter((a) => a.id !== id).length };
}

function refuseLastAdmin(target: User, otherAdmins: number, what: string): void {
  if (target.role === "ADMIN" && target.active && otherAdmins === 0) {
    throw new AppError(
      "CONFLICT",
      `${target.email} is the last active admin and cannot be ${what}: make another user an admin first`,
    );
  }
}

/** Renames a user or changes their role; demoting the last active admin is refused. */
export async function updateUser(
  db: Db,
  input: UserUpdateInput,
  actor: CurrentUser,
  origin: RequestOrigin,
): Promise<UserOutput> {
  return db.$transaction(async (tx) => {
    const { target, otherAdmins } = await lockTarget(tx, input.id);
    if (input.role !== undefined && input.role !== "ADMIN") {
      refuseLastAdmin(target, otherAdmins, "demoted");
    }
    const changes: Record<string, { from: string | boolean; to: string | boolean }> = {};
    if (input.name !== undefined && input.name !== target.name) {
      changes.name = { from: target.name, to: input.name };
    }
    if (input.role !== undefined && input.role !== target.role) {
      changes.role = { from: target.role, to: input.role };
    }
    if (
      input.twoFactorRequired !== undefined &&
      input.twoFactorRequired !== target.twoFactorRequired
    ) {
      changes.twoFactorRequired = { from: target.twoFactorRequired, to: input.twoFactorRequired };
    }
    if (Object.keys(changes).length === 0) return toUserOutput(target);
    const updated = await tx.user.update({
      where: { id: target.id },
      data: { name: input.name, role: input.role, twoFactorRequired: input.twoFactorRequired },
      include: locksInForce(),
    });
    await writeAudit(tx, {
      ...accountAudit(actor, origin, target.id),
      action: "user.update",
      details: { changes },
    });
    return toUserOutput(updated);
  });
}

/**
 * Deactivating ends the user's sessions and revokes their API tokens (activating again brings
 * neither back); the last admin stays.
 */
export async function setUserActive(
  db: Db,
  input: UserIdInput,
  active: boolean,
  actor: CurrentUser,
  origin: RequestOrigin,
  now: Date = new Date(),
): Promise<UserOutput> {
  return db.$transaction(async (tx) => {
    const { target, otherAdmins } = await lockTarget(tx, input.id);
    if (!active) refuseLastAdmin(target, otherAdmins, "deactivated");
    if (target.active === active) return toUserOutput(target);
    const updated = await tx.user.update({
      where: { id: target.id },
      data: active ? { active } : { active, sessionsValidFrom: now },
      include: locksInForce(),
    });
    const tokensRevoked = active ? 0 : await revokeTokensOf(tx, target.id, "deactivated", now);
    const sessionsEnded = active ? 0 : await endSessionsOf(tx, target.id, "deactivated", now);
    await writeAudit(tx, {
      ...accountAudit(actor, origin, target.id),
      action: active ? "user.activate" : "user.deactivate",
      ...(active ? {} : { details: { tokensRevoked, sessionsEnded } }),
    });
    return toUserOutput(updated);
  });
}

/** A new one-time password; ends the user's sessions, revokes their API tokens, lifts a lockout. */
export async function resetUserPassword(
  db: Db,
  input: UserIdInput,
  actor: CurrentUser,
  origin: RequestOrigin,
  now: Date = new Date(),
): Promise<UserWithPasswordOutput> {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const { user, tokensRevoked } = await db.$transaction(async (tx) => {
    const found = await tx.user.findUnique({ where: { id: input.id }, select: { id: true } });
    if (!found) throw notFound("User");
    await clearLocksOf(tx, input.id);
    const updated = await tx.user.update({
      where: { id: input.id },
      data: { passwordHash, sessionsValidFrom: now },
      include: locksInForce(),
    });
    const revoked = await revokeTokensOf(tx, input.id, "password-reset", now);
    const sessionsEnded = await endSessionsOf(tx, input.id, "password-reset", now);
    await writeAudit(tx, {
      ...accountAudit(actor, origin, input.id),
      action: "user.password.reset",
      details: { tokensRevoked: revoked, sessionsEnded },
    });
    return { user: updated, tokensRevoked: revoked };
  });
  return { user: toUserOutput(user), password, tokensRevoked };
}

function lockedOut(until: Date, now: Date): AppError {
  const message = `Too many wrong passwords from this address: your account's sign-ins and password changes from here are paused for ${LOCKOUT_MINUTES} minutes. Try again later, or ask an administrator to reset your password.`;
  return new AppError("TOO_MANY_REQUESTS", message, {
    fieldErrors: { currentPassword: [message] },
    retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)),
  });
}

/**
 * Changes the caller's own password after checking the current one, under the sign-in lockout. Every session issued before now
 * ends, this one included (the admin signs the user in again with the new password), and every API
 * token stops working: one minted by whoever knew the old password must not outlive it.
 */
export async function changeOwnPassword(
  db: Db,
  input: ChangePasswordInput,
  actor: CurrentUser,
  origin: RequestOrigin & { signInLimits?: ApiLimits },
  now: Date = new Date(),
): Promise<ChangePasswordOutput> {
  const user = await db.user.findUnique({ where: { id: actor.id } });
  if (!user) throw notFound("User");
  const audit = accountAudit(actor, origin, user.id);
  // The sign-in's rate limits first, as for a guess at the sign-in page: a refused try checks nothing.
  const attempt = origin.signInLimits
    ? await spendSignInAttempt(db, user.email, origin.ip, origin.signInLimits)
    : null;
  if (attempt && !attempt.allowed) {
    const message = `Too many password attempts: try again in ${attempt.retryAfterSeconds} s.`;
    throw new AppError("TOO_MANY_REQUESTS", message, {
      fieldErrors: { currentPassword: [message] },
      retryAfterSeconds: attempt.retryAfterSeconds,
    });
  }
  // Counted with failed sign-ins of the same email from the same address: a stolen session is held
  // to the same lockout as a stranger at the sign-in page.
  const key = signInLockKey(user.email, origin.ip);
  const action = "user.password.change.failure";
  // While locked, no password is checked at all: a right guess must not answer differently (or
  // more slowly, with the new password's hash) than a wrong one.
  const locked = await lockedUntilOf(db, key, now);
  if (locked) {
    await writeAudit(db, { ...audit, action, details: { reason: "locked" } });
    throw lockedOut(locked, now);
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    const counted = await recordFailure(
      db,
      { key, userId: user.id, reason: "wrong password", action },
      audit,
      now,
    );
    if (counted.locked) throw lockedOut(counted.until, now);
    throw new AppError("BAD_REQUEST", "The current password is wrong", {
      fieldErrors: { currentPassword: ["The current password is wrong"] },
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const changed = await inTransaction(db, async (tx) => {
    // Unless a parallel guess has locked the pair since the check above.
    const lockedUntil = await clearFailuresUnlessLocked(tx, key, now);
    if (lockedUntil) {
      await writeAudit(tx, { ...audit, action, details: { reason: "locked" } });
      return { lockedUntil, tokensRevoked: null };
    }
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionsValidFrom: now },
    });
    const revoked = await revokeTokensOf(tx, user.id, "password-change", now);
    const sessionsEnded = await endSessionsOf(tx, user.id, "password-change", now);
    await writeAudit(tx, {
      ...audit,
      action: "user.password.change",
      details: { tokensRevoked: revoked, sessionsEnded },
    });
    return { lockedUntil: null, tokensRevoked: revoked };
  });
  if (changed.lockedUntil) throw lockedOut(changed.lockedUntil, now);
  if (attempt) await clearSignInAttempts(db, attempt);
  return { sessionsValidFrom: now, tokensRevoked: changed.tokensRevoked ?? 0 };
}
