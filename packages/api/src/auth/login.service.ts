import { hashPassword, verifyPassword, type Db } from "@kz/db";

import type { CurrentUser } from "../current-user";
import { writeAudit, type AuditEntry } from "../audit/audit.service";
import { inTransaction, type Tx } from "../shared/tx";
import { credentialsInput } from "./auth.schema";
import { NO_TWO_FACTOR_POLICY, type RelyingParty, type TwoFactorPolicy } from "./config";
import { checkPasskeyAssertion, usePasskey, type CheckedAssertion } from "./passkeys";
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

/** A sign-in that went through: who, as the session will know them, and the new session. */
const signedIn = (
  user: Pick<CurrentUser, "id" | "email" | "name" | "role">,
  sessionId: string,
): LoginResult => ({
  ok: true,
  user: { id: user.id, email: user.email, name: user.name, role: user.role },
  sessionId,
});

export interface SignInOptions {
  /** The second step: a TOTP code or a recovery code. */
  code?: string | null;
  /** Or a passkey's assertion (JSON from the browser) as the second step. */
  passkey?: unknown;
  /** The admin as WebAuthn relying party: needed to check a passkey. */
  relyingParty?: RelyingParty;
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
  constructor(readonly reason: "locked" | "wrong second factor" | "passkey already used") {
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
    const passkeys = await db.passkey.count({ where: { userId: user.id } });
    const needsCode = user.totpEnabledAt !== null || passkeys > 0;
    const offered = Boolean(code) || options.passkey != null;
    // The password was right: ask for the second factor, unless the pair is locked (then the one answer).
    if (needsCode && !offered && !(await lockedUntilOf(db, key, now))) return SECOND_FACTOR;
    const assertion =
      needsCode && options.passkey != null && options.relyingParty
        ? await checkPasskeyAssertion(
            db,
            options.passkey,
            options.relyingParty,
            { userId: user.id },
            now,
          )
        : null;
    try {
      const sessionId = await inTransaction(db, async (tx) => {
        // Not while the pair is locked: that attempt is recorded below like any other failure.
        if (await clearFailuresUnlessLocked(tx, key, now)) throw new Refused("locked");
        const secondFactor = !needsCode
          ? null
          : assertion
            ? await passkeyFactor(tx, assertion, now)
            : await consumeSecondFactor(tx, user, code, now);
        if (needsCode && !secondFactor) throw new Refused("wrong second factor");
        const grace =
          !needsCode && policyState(user, options.policy ?? NO_TWO_FACTOR_POLICY).required;
        return completeSignIn(
          tx,
          user.id,
          { ip, userAgent: options.userAgent, now, grace },
          {
            ...audit,
            ...(secondFactor ? { details: { secondFactor } } : {}),
          },
        );
      });
      return signedIn(user, sessionId);
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      reason =
        error.reason === "wrong second factor" && assertion && !assertion.ok
          ? `wrong second factor: ${assertion.reason}`
          : error.reason;
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
  return reason.startsWith("wrong second factor") && !counted.locked ? BAD_CODE : INVALID;
}

/** A checked passkey as the second factor, used up in the sign-in's transaction. */
async function passkeyFactor(tx: Tx, assertion: CheckedAssertion, now: Date) {
  return assertion.ok && (await usePasskey(tx, assertion, now)) ? ("passkey" as const) : null;
}

/**
 * What every successful sign-in does, in its transaction: past locks swept, the notice of failed
 * attempts, the last sign-in time (and a grace sign-in counted), a session row, the audit line.
 */
async function completeSignIn(
  tx: Tx,
  userId: string,
  input: { ip: string | null; userAgent?: string | null; now: Date; grace: boolean },
  audit: Omit<AuditEntry, "action">,
): Promise<string> {
  await sweepPastLocks(tx, input.now);
  const notice = await noticeAtSignIn(tx, userId);
  await tx.user.update({
    where: { id: userId },
    data: {
      lastLoginAt: input.now,
      signInNotice: notice ?? undefined,
      ...(input.grace ? { signInsWithoutSecondFactor: { increment: 1 } } : {}),
    },
  });
  const sessionId = await startSession(tx, { userId, ...input });
  await writeAudit(tx, { ...audit, action: "login.success" });
  return sessionId;
}

/**
 * Signing in with a passkey alone (the user chose it on the sign-in page): a discoverable
 * credential with user verification, so it stands for both factors. A refused passkey of a known
 * user counts toward that user's lockout like a wrong password; every refusal is audited and
 * answered alike.
 */
export async function authenticateWithPasskey(
  db: Db,
  response: unknown,
  ip: string | null,
  relyingParty: RelyingParty,
  now: Date = new Date(),
  options: Pick<SignInOptions, "userAgent"> = {},
): Promise<LoginResult> {
  const checked = await checkPasskeyAssertion(
    db,
    response,
    relyingParty,
    { requireUserVerification: true },
    now,
  );
  const userId = checked.ok ? checked.passkey.userId : checked.userId;
  const user = userId ? await db.user.findUnique({ where: { id: userId } }) : null;
  const audit = {
    actorId: user?.id ?? null,
    actorLabel: (user?.email ?? "passkey").slice(0, 200),
    ip,
    entityType: "USER" as const,
    entityId: user?.id,
  };
  let reason = checked.ok ? null : `passkey: ${checked.reason}`;
  if (checked.ok && user && user.active) {
    const key = signInLockKey(user.email, ip);
    try {
      const sessionId = await inTransaction(db, async (tx) => {
        if (await clearFailuresUnlessLocked(tx, key, now)) throw new Refused("locked");
        if (!(await usePasskey(tx, checked, now))) throw new Refused("passkey already used");
        return completeSignIn(
          tx,
          user.id,
          { ip, userAgent: options.userAgent, now, grace: false },
          {
            ...audit,
            details: { method: "passkey" },
          },
        );
      });
      return signedIn(user, sessionId);
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      reason = `passkey: ${error.reason}`;
    }
  }
  reason ??= "passkey: deactivated";
  if (user) {
    await recordFailure(
      db,
      { key: signInLockKey(user.email, ip), userId: user.id, reason, action: "login.failure" },
      audit,
      now,
    );
  } else {
    await writeAudit(db, { ...audit, action: "login.failure", details: { reason } });
  }
  return INVALID;
}

export { userForSession } from "./sessions";
