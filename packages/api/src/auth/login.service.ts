import { hashPassword, verifyPassword, type Db } from "@kz/db";

import type { CurrentUser } from "../current-user";
import { writeAudit } from "../audit/audit.service";
import { inTransaction } from "../shared/tx";
import { credentialsInput } from "./auth.schema";
import { NO_TWO_FACTOR_POLICY, type TwoFactorPolicy } from "./config";
import { policyState } from "./policy";
import { startSession } from "./sessions";
import {
  clearFailuresUnlessLocked,
  lockedUntilOf,
  recordFailure,
  signInLockKey,
  sweepPastLocks,
} from "./sign-in-lock";
import { noticeAtSignIn } from "./sign-in-notice";
import { consumeSecondFactor } from "./two-factor.service";

export { LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from "./sign-in-lock";

/**
 * One answer for every failure (unknown email, wrong password, locked, deactivated): the sign-in
 * page must tell no one which accounts exist, which are locked, or — for a deactivated account —
 * that the password was right. The audit log keeps the real reason; the owner is told of failures
 * and lockouts after their next sign-in (sign-in-notice.ts). Only once the password is right, the
 * account active and not locked does the answer say that a second factor is needed
 * (`second_factor`), or that the code given is not good (`bad_code`).
 */
export type LoginResult =
  | { ok: true; user: CurrentUser; sessionId: string }
  | { ok: false; reason: "invalid" | "second_factor" | "bad_code" };

const INVALID = { ok: false, reason: "invalid" } as const;
const SECOND_FACTOR = { ok: false, reason: "second_factor" } as const;
const BAD_CODE = { ok: false, reason: "bad_code" } as const;

export interface SignInOptions {
  /** The second step: a TOTP code or a recovery code. */
  code?: string | null;
  /** Kept with the session, for "Your sessions". */
  userAgent?: string | null;
  /** Who must enrol a second factor (a sign-in without one counts toward the grace). */
  policy?: TwoFactorPolicy;
}

// Verifying against a real hash when the email is unknown makes a failure take the same time
// whether or not the account exists.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword("not-a-real-password-for-timing"));

/** A refusal decided inside the sign-in's transaction, which it rolls back. */
class Refused extends Error {
  constructor(readonly reason: "locked" | "wrong second factor") {
    super(reason);
  }
}

/**
 * Checks credentials under the lockout: after MAX_FAILED_LOGINS consecutive failures from one
 * client address for one email, that pair is locked for LOCKOUT_MINUTES (sign-in-lock.ts). Every
 * failure verifies one hash and does the same database work; every outcome is audited. An account
 * with two-factor sign-in needs a good code too; a wrong, replayed or used-up code is a failure that
 * counts toward the same lockout. A success starts a server-side session (sessions.ts).
 */
export async function authenticate(
  db: Db,
  raw: { email: string; password: string },
  ip: string | null,
  now: Date = new Date(),
  options: SignInOptions = {},
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
  let reason: string | null = null;

  if (user && passwordOk && user.active) {
    const code = typeof options.code === "string" ? options.code.trim().slice(0, 40) : "";
    const needsCode = user.totpEnabledAt !== null;
    // The password was right: ask for the code, unless the pair is locked (then the one answer).
    if (needsCode && !code && !(await lockedUntilOf(db, key, now))) return SECOND_FACTOR;
    try {
      const signedIn = await inTransaction(db, async (tx) => {
        // Not while the pair is locked: that attempt is recorded below like any other failure.
        if (await clearFailuresUnlessLocked(tx, key, now)) throw new Refused("locked");
        const secondFactor = needsCode ? await consumeSecondFactor(tx, user, code, now) : null;
        if (needsCode && !secondFactor) throw new Refused("wrong second factor");
        await sweepPastLocks(tx, now);
        const notice = await noticeAtSignIn(tx, user.id);
        const grace =
          !needsCode && policyState(user, options.policy ?? NO_TWO_FACTOR_POLICY).required;
        await tx.user.update({
          where: { id: user.id },
          data: {
            lastLoginAt: now,
            signInNotice: notice ?? undefined,
            ...(grace ? { signInsWithoutSecondFactor: { increment: 1 } } : {}),
          },
        });
        const sessionId = await startSession(tx, {
          userId: user.id,
          ip,
          userAgent: options.userAgent,
          now,
        });
        await writeAudit(tx, {
          ...audit,
          action: "login.success",
          ...(secondFactor ? { details: { secondFactor } } : {}),
        });
        return sessionId;
      });
      return {
        ok: true,
        user: { id: user.id, email: user.email, name: user.name, role: user.role },
        sessionId: signedIn,
      };
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      reason = error.reason;
    }
  }

  reason ??= !user
    ? "unknown email"
    : !passwordOk
      ? "wrong password"
      : !user.active
        ? "deactivated"
        : "locked";
  const counted = await recordFailure(
    db,
    { key, userId: user?.id ?? null, reason, action: "login.failure" },
    audit,
    now,
  );
  // A wrong code with the right password: said so, unless it has just locked the pair.
  return reason === "wrong second factor" && !counted.locked ? BAD_CODE : INVALID;
}

export { userForSession } from "./sessions";
