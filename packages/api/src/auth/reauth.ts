// Re-authentication for sensitive actions: a session proves its password or a second factor again
// when its last proof (the sign-in, or an earlier re-authentication) is older than the limit
// (reauth-check.ts refuses the action until then).
import { verifyPassword, type Db } from "@kz/db";

import type { CurrentUser } from "../current-user";
import { writeAudit, type RequestOrigin } from "../audit/audit.service";
import { accountAudit } from "./account-audit";
import { AppError, notFound } from "../errors";
import { inTransaction } from "../shared/tx";
import { REAUTH_REFUSED_MESSAGE, type ReauthenticateInput } from "./auth.schema";
import type { RelyingParty } from "./config";
import { checkPasskeyAssertion, usePasskey } from "./passkeys";
import { lockedUntilOf, recordFailure, signInLockKey } from "./sign-in-lock";
import { consumeSecondFactor } from "./two-factor.service";

/**
 * Proves it is still the user, with the password, a TOTP or recovery code, or a passkey: the
 * session's proof is renewed. A wrong answer counts toward the sign-in lockout and is audited.
 */
export async function reauthenticate(
  db: Db,
  input: ReauthenticateInput,
  actor: CurrentUser,
  origin: RequestOrigin,
  rp: RelyingParty | undefined,
  now: Date = new Date(),
): Promise<{ reauthenticatedAt: Date }> {
  if (!actor.sessionId)
    throw new AppError("FORBIDDEN", "Only a signed-in session re-authenticates");
  const user = await db.user.findUnique({ where: { id: actor.id } });
  if (!user) throw notFound("User");
  const key = signInLockKey(user.email, origin.ip);
  const audit = accountAudit(actor, origin, user.id);
  if (await lockedUntilOf(db, key, now)) {
    await writeAudit(db, {
      ...audit,
      action: "session.reauth.failure",
      details: { reason: "locked" },
    });
    throw new AppError(
      "TOO_MANY_REQUESTS",
      "Too many wrong codes or passwords from this address: try again in 15 minutes.",
    );
  }
  const passwordOk =
    input.password !== undefined && (await verifyPassword(user.passwordHash, input.password));
  const assertion =
    input.passkey && rp
      ? await checkPasskeyAssertion(db, input.passkey, rp, { userId: user.id }, now)
      : null;
  const method = await inTransaction(db, async (tx) => {
    const used = passwordOk
      ? "password"
      : input.code
        ? await consumeSecondFactor(tx, user, input.code, now)
        : assertion?.ok && (await usePasskey(tx, assertion, now))
          ? "passkey"
          : null;
    if (!used) return null;
    await tx.userSession.update({
      where: { id: actor.sessionId },
      data: { reauthenticatedAt: now },
    });
    await writeAudit(tx, { ...audit, action: "session.reauth", details: { method: used } });
    return used;
  });
  if (!method) {
    const reason =
      assertion && !assertion.ok ? `passkey: ${assertion.reason}` : "wrong password or code";
    await recordFailure(
      db,
      { key, userId: user.id, reason, action: "session.reauth.failure" },
      audit,
      now,
    );
    throw new AppError("BAD_REQUEST", REAUTH_REFUSED_MESSAGE);
  }
  return { reauthenticatedAt: now };
}
