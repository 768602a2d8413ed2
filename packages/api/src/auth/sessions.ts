// Server-side sessions: one row per sign-in. The session cookie (an encrypted JWT) carries the row's
// id, and every request resolves it here, so ending the row ends the session at once, wherever the
// cookie has been copied to.
import { randomBytes } from "node:crypto";

import type { Db } from "@kz/db";

import type { CurrentUser } from "../current-user";
import { writeAudit, type RequestOrigin } from "../audit/audit.service";
import { accountAudit } from "./account-audit";
import { notFound } from "../errors";
import type { Tx } from "../shared/tx";
import type { SessionIdInput, SessionOutput, SessionsEndedOutput } from "./auth.schema";
import { NO_TWO_FACTOR_POLICY, type TwoFactorPolicy } from "./config";
import { policyState } from "./policy";

/** A session ends this long after sign-in whatever the activity (the admin's cookie lives as long). */
export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;
/** "Last seen" is written at most this often per session: not a write per request. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;
/** Ended and expired rows are kept this long (the list of one's sessions shows live ones only). */
const KEEP_ENDED_MS = 30 * 86_400_000;

export type SessionEndReason =
  | "signed-out"
  | "ended-by-user"
  | "ended-everywhere"
  | "ended-by-admin"
  | "password-change"
  | "password-reset"
  | "deactivated"
  | "two-factor-reset";

/** A short, non-secret label for a session in the audit log. */
const label = (id: string) => id.slice(0, 8);

/** In a successful sign-in's transaction: the new session row's id (192 random bits). */
export async function startSession(
  tx: Tx | Db,
  input: { userId: string; ip: string | null; userAgent?: string | null; now: Date },
): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await tx.userSession.deleteMany({
    where: {
      userId: input.userId,
      expiresAt: { lt: new Date(input.now.getTime() - KEEP_ENDED_MS) },
    },
  });
  await tx.userSession.create({
    data: {
      id,
      userId: input.userId,
      createdAt: input.now,
      lastSeenAt: input.now,
      reauthenticatedAt: input.now,
      expiresAt: new Date(input.now.getTime() + SESSION_LIFETIME_MS),
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    },
  });
  return id;
}

export interface SessionClaims {
  userId: string;
  /** The session row's id; a cookie without one (issued before sessions were stored) is refused. */
  sessionId?: string | null;
  /** When the session signed in (ms). */
  authenticatedAt: number;
}

/**
 * The user a session cookie's claims stand for, on every request, or null: the row must exist, be
 * the claims' user's, not ended and not expired, and the user active with no password change,
 * reset or deactivation since the sign-in. One query by primary key (the same one that checked the
 * user before sessions were stored), so a revoke takes effect on the very next request. A user the
 * two-factor policy holds at enrolment comes back marked `heldAtEnrolment`.
 */
export async function userForSession(
  db: Db,
  claims: SessionClaims,
  policy: TwoFactorPolicy = NO_TWO_FACTOR_POLICY,
  now: Date = new Date(),
): Promise<CurrentUser | null> {
  if (!claims.sessionId) return null;
  const session = await db.userSession.findUnique({
    where: { id: claims.sessionId },
    include: { user: { include: { _count: { select: { passkeys: true } } } } },
  });
  if (!session || session.userId !== claims.userId) return null;
  if (session.endedAt) {
    await auditRefusedUse(db, session, now);
    return null;
  }
  if (session.expiresAt <= now) return null;
  const { user } = session;
  if (!user.active) return null;
  // Milliseconds on both sides: a session signed in the second before a password reset must end too.
  if (user.sessionsValidFrom.getTime() > claims.authenticatedAt) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.userSession.updateMany({
      where: { id: session.id, lastSeenAt: session.lastSeenAt },
      data: { lastSeenAt: now },
    });
  }
  const held = policyState({ ...user, passkeys: user._count.passkeys }, policy).held;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    sessionId: session.id,
    reauthenticatedAt: session.reauthenticatedAt,
    ...(held ? { heldAtEnrolment: true } : {}),
  };
}

/**
 * A request came with the cookie of a session that has ended (signed out, revoked, reset): audited
 * once per session, not once per request — the first such request marks the row.
 */
async function auditRefusedUse(
  db: Db,
  session: { id: string; userId: string; endedReason: string | null; refusedUseAt: Date | null },
  now: Date,
): Promise<void> {
  if (session.refusedUseAt) return;
  const { count } = await db.userSession.updateMany({
    where: { id: session.id, refusedUseAt: null },
    data: { refusedUseAt: now },
  });
  if (count === 0) return;
  await writeAudit(db, {
    actorId: session.userId,
    actorLabel: "session",
    action: "session.revoked.use",
    entityType: "USER",
    entityId: session.userId,
    details: { session: label(session.id), endedReason: session.endedReason },
  });
}

/** Ends one session (signing out): its cookie, wherever copied, stops working. */
export async function endSession(
  db: Db,
  sessionId: string,
  reason: SessionEndReason,
  now: Date = new Date(),
): Promise<boolean> {
  const { count } = await db.userSession.updateMany({
    where: { id: sessionId, endedAt: null },
    data: { endedAt: now, endedReason: reason },
  });
  return count > 0;
}

/** Ends every live session of a user, inside the change that calls for it; how many it ended. */
export async function endSessionsOf(
  tx: Tx | Db,
  userId: string,
  reason: SessionEndReason,
  now: Date,
): Promise<number> {
  const { count } = await tx.userSession.updateMany({
    where: { userId, endedAt: null, expiresAt: { gt: now } },
    data: { endedAt: now, endedReason: reason },
  });
  return count;
}

/** The caller's live sessions, the most recently active first. */
export async function listOwnSessions(
  db: Db,
  actor: CurrentUser,
  now: Date = new Date(),
): Promise<SessionOutput[]> {
  const rows = await db.userSession.findMany({
    where: { userId: actor.id, endedAt: null, expiresAt: { gt: now } },
    orderBy: [{ lastSeenAt: "desc" }, { id: "asc" }],
  });
  return rows.map((s) => ({
    id: s.id,
    createdAt: s.createdAt,
    lastSeenAt: s.lastSeenAt,
    expiresAt: s.expiresAt,
    ip: s.ip,
    userAgent: s.userAgent,
    current: s.id === actor.sessionId,
  }));
}

/** Signs one of the caller's own sessions out; another user's session is "not found". */
export async function endOwnSession(
  db: Db,
  input: SessionIdInput,
  actor: CurrentUser,
  origin: RequestOrigin,
  now: Date = new Date(),
): Promise<SessionsEndedOutput> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({
      where: { id: input.id, userId: actor.id, endedAt: null },
      data: { endedAt: now, endedReason: "ended-by-user" },
    });
    if (count === 0) throw notFound("Session");
    await writeAudit(tx, {
      ...accountAudit(actor, origin, actor.id),
      action: "session.end",
      details: { session: label(input.id), current: input.id === actor.sessionId },
    });
    return { ended: count };
  });
}

/** Ends every live session of a user and logs `action` with how many ended, in `tx`. */
async function endAllSessionsOf(
  tx: Tx,
  end: { userId: string; reason: SessionEndReason; action: string },
  actor: CurrentUser,
  origin: RequestOrigin,
  now: Date,
): Promise<SessionsEndedOutput> {
  const ended = await endSessionsOf(tx, end.userId, end.reason, now);
  await writeAudit(tx, {
    ...accountAudit(actor, origin, end.userId),
    action: end.action,
    details: { ended },
  });
  return { ended };
}

/** "Sign out everywhere": every session of the caller's, this one included. */
export async function endAllOwnSessions(
  db: Db,
  actor: CurrentUser,
  origin: RequestOrigin,
  now: Date = new Date(),
): Promise<SessionsEndedOutput> {
  const end = { userId: actor.id, reason: "ended-everywhere", action: "session.end.all" } as const;
  return db.$transaction((tx) => endAllSessionsOf(tx, end, actor, origin, now));
}

/** An administrator ends every session of a user (the user can sign in again). */
export async function endUserSessions(
  db: Db,
  input: { id: string },
  actor: CurrentUser,
  origin: RequestOrigin,
  now: Date = new Date(),
): Promise<SessionsEndedOutput> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.id }, select: { id: true } });
    if (!user) throw notFound("User");
    const end = { userId: user.id, reason: "ended-by-admin", action: "user.sessions.end" } as const;
    return endAllSessionsOf(tx, end, actor, origin, now);
  });
}
