// Two-factor sign-in with TOTP: enrolment (QR code drawn here, manual key, confirmation by a first
// code, ten recovery codes shown once and stored hashed), turning it off, an administrator's reset.
import type { Db, User } from "@kz/db";
import QRCode from "qrcode";

import type { CurrentUser } from "../current-user";
import { writeAudit, type RequestOrigin } from "../audit/audit.service";
import { accountAudit } from "./account-audit";
import { AppError, notFound } from "../errors";
import { inTransaction, type Tx } from "../shared/tx";
import {
  SECOND_FACTOR_REFUSED_MESSAGE,
  type RecoveryCodesOutput,
  type TwoFactorBeginOutput,
  type TwoFactorCodeInput,
  type TwoFactorConfirmInput,
  type TwoFactorStatusOutput,
} from "./auth.schema";
import { NO_TWO_FACTOR_POLICY, type TwoFactorPolicy } from "./config";
import { policyState } from "./policy";
import { endSessionsOf } from "./sessions";
import { lockedUntilOf, recordFailure, signInLockKey } from "./sign-in-lock";
import {
  hashRecoveryCode,
  looksLikeTotp,
  manualKey,
  matchTotp,
  newRecoveryCodes,
  newTotpKey,
  totpUri,
} from "./totp";

export type SecondFactorUsed = "totp" | "recovery code";

/**
 * Uses up a second-factor code of `user`'s, inside the transaction that it authorises, or null
 * when it is not good: a TOTP code of a step after the last one accepted (±1 step of now), or an
 * unused recovery code. Both are conditional updates, so of two requests with one code exactly one
 * gets through.
 */
export async function consumeSecondFactor(
  tx: Tx,
  user: Pick<User, "id" | "totpSecret" | "totpLastStep">,
  code: string,
  now: Date,
): Promise<SecondFactorUsed | null> {
  if (!user.totpSecret) return null;
  if (looksLikeTotp(code)) {
    const step = matchTotp(user.totpSecret, code, now, user.totpLastStep);
    if (step === null) return null;
    const count = await tx.$executeRaw`
      UPDATE "User" SET "totpLastStep" = ${step}
      WHERE id = ${user.id} AND ("totpLastStep" IS NULL OR "totpLastStep" < ${step})`;
    return count === 1 ? "totp" : null;
  }
  const { count } = await tx.recoveryCode.updateMany({
    where: { userId: user.id, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: now },
  });
  return count === 1 ? "recovery code" : null;
}

async function replaceRecoveryCodes(tx: Tx, userId: string, now: Date): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code), createdAt: now })),
  });
  return codes;
}

const CLEARED = {
  totpSecret: null,
  totpPendingSecret: null,
  totpEnabledAt: null,
  totpLastStep: null,
} as const;

/** The caller's second factor and what the policy asks of them. */
export async function twoFactorStatus(
  db: Db,
  actor: CurrentUser,
  policy: TwoFactorPolicy = NO_TWO_FACTOR_POLICY,
): Promise<TwoFactorStatusOutput> {
  const user = await db.user.findUnique({ where: { id: actor.id } });
  if (!user) throw notFound("User");
  const recoveryCodesLeft = await db.recoveryCode.count({
    where: { userId: user.id, usedAt: null },
  });
  const passkeys = await db.passkey.count({ where: { userId: user.id } });
  const state = policyState({ ...user, passkeys }, policy);
  const totp = user.totpEnabledAt !== null;
  return {
    enrolled: totp,
    enrolledAt: user.totpEnabledAt,
    recoveryCodesLeft: totp ? recoveryCodesLeft : 0,
    passkeys,
    required: state.required,
    graceSignInsLeft: state.graceSignInsLeft,
    held: state.held,
  };
}

/**
 * Starts enrolment: a new key, kept aside until a first code confirms it, shown as a QR code (an
 * SVG drawn here: the key never leaves the server for a QR service) and as text. Starting again
 * replaces a key not yet confirmed.
 */
export async function beginTwoFactor(db: Db, actor: CurrentUser): Promise<TwoFactorBeginOutput> {
  const user = await db.user.findUnique({ where: { id: actor.id } });
  if (!user) throw notFound("User");
  if (user.totpEnabledAt) {
    throw new AppError(
      "CONFLICT",
      "Two-factor sign-in is already on. Turn it off first to move it to another app.",
    );
  }
  const key = newTotpKey();
  await db.user.update({ where: { id: user.id }, data: { totpPendingSecret: key } });
  const uri = totpUri(key, user.email);
  const qrSvg = await QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return { manualKey: manualKey(key), uri, qrSvg };
}

/**
 * Confirms enrolment with the first code of the new key: two-factor sign-in is on from now, the
 * code's step counts as used, and ten recovery codes are returned, once.
 */
export async function confirmTwoFactor(
  db: Db,
  input: TwoFactorConfirmInput,
  actor: CurrentUser,
  origin: RequestOrigin,
  now: Date = new Date(),
): Promise<RecoveryCodesOutput> {
  return inTransaction(db, async (tx) => {
    const [user] = await tx.$queryRaw<User[]>`
      SELECT * FROM "User" WHERE id = ${actor.id} FOR UPDATE`;
    if (!user) throw notFound("User");
    if (user.totpEnabledAt) {
      throw new AppError("CONFLICT", "Two-factor sign-in is already on.");
    }
    if (!user.totpPendingSecret) {
      throw new AppError("BAD_REQUEST", "Start the setup first: there is no key to confirm.");
    }
    const step = matchTotp(user.totpPendingSecret, input.code, now);
    if (step === null) {
      const message =
        "That code does not match the key: check that the app shows the account just added, and that this device's clock is right, then enter the current code.";
      throw new AppError("BAD_REQUEST", message, { fieldErrors: { code: [message] } });
    }
    await tx.user.update({
      where: { id: user.id },
      data: {
        totpSecret: user.totpPendingSecret,
        totpPendingSecret: null,
        totpEnabledAt: now,
        totpLastStep: step,
        signInsWithoutSecondFactor: 0,
      },
    });
    const recoveryCodes = await replaceRecoveryCodes(tx, user.id, now);
    await writeAudit(tx, {
      ...accountAudit(actor, origin, user.id),
      action: "user.twoFactor.enrol",
      details: { method: "totp", recoveryCodes: recoveryCodes.length },
    });
    return { recoveryCodes };
  });
}

/**
 * A change to one's own second factor needs a current code (or recovery code): a stolen session
 * alone cannot turn it off. Wrong codes count toward the sign-in lockout; while it holds, no code
 * is checked.
 */
async function withCurrentCode<T>(
  db: Db,
  input: TwoFactorCodeInput,
  actor: CurrentUser,
  origin: RequestOrigin,
  action: string,
  now: Date,
  work: (tx: Tx, user: User, used: SecondFactorUsed) => Promise<T>,
): Promise<T> {
  const user = await db.user.findUnique({ where: { id: actor.id } });
  if (!user) throw notFound("User");
  if (!user.totpEnabledAt) throw new AppError("CONFLICT", "Two-factor sign-in is not on.");
  const key = signInLockKey(user.email, origin.ip);
  const audit = accountAudit(actor, origin, user.id);
  const refused = () =>
    new AppError("BAD_REQUEST", SECOND_FACTOR_REFUSED_MESSAGE, {
      fieldErrors: { code: [SECOND_FACTOR_REFUSED_MESSAGE] },
    });
  if (await lockedUntilOf(db, key, now)) {
    await writeAudit(db, { ...audit, action: `${action}.failure`, details: { reason: "locked" } });
    throw new AppError(
      "TOO_MANY_REQUESTS",
      "Too many wrong codes or passwords from this address: try again in 15 minutes.",
    );
  }
  const result = await inTransaction(db, async (tx) => {
    const used = await consumeSecondFactor(tx, user, input.code, now);
    if (!used) return { ok: false as const };
    return { ok: true as const, value: await work(tx, user, used) };
  });
  if (!result.ok) {
    await recordFailure(
      db,
      { key, userId: user.id, reason: "wrong second factor", action: `${action}.failure` },
      audit,
      now,
    );
    throw refused();
  }
  return result.value;
}

/** Turns one's own two-factor sign-in off (a current code needed); recovery codes go with it. */
export async function disableTwoFactor(
  db: Db,
  input: TwoFactorCodeInput,
  actor: CurrentUser,
  origin: RequestOrigin,
  now: Date = new Date(),
): Promise<{ disabled: true }> {
  return withCurrentCode(
    db,
    input,
    actor,
    origin,
    "user.twoFactor.disable",
    now,
    async (tx, user, used) => {
      await tx.user.update({ where: { id: user.id }, data: CLEARED });
      await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
      await writeAudit(tx, {
        ...accountAudit(actor, origin, user.id),
        action: "user.twoFactor.disable",
        details: { confirmedWith: used },
      });
      return { disabled: true as const };
    },
  );
}

/** Ten new recovery codes in place of the old ones (a current code needed), shown once. */
export async function regenerateRecoveryCodes(
  db: Db,
  input: TwoFactorCodeInput,
  actor: CurrentUser,
  origin: RequestOrigin,
  now: Date = new Date(),
): Promise<RecoveryCodesOutput> {
  return withCurrentCode(
    db,
    input,
    actor,
    origin,
    "user.twoFactor.recoveryCodes",
    now,
    async (tx, user, used) => {
      const recoveryCodes = await replaceRecoveryCodes(tx, user.id, now);
      await writeAudit(tx, {
        ...accountAudit(actor, origin, user.id),
        action: "user.twoFactor.recoveryCodes",
        details: { confirmedWith: used },
      });
      return { recoveryCodes };
    },
  );
}

/**
 * An administrator removes a user's second factors (TOTP, recovery codes, passkeys): the
 * user's sessions end, and they set up a new one at their next sign-in if the policy requires it.
 */
export async function resetTwoFactor(
  db: Db,
  input: { id: string },
  actor: CurrentUser,
  origin: RequestOrigin,
  now: Date = new Date(),
): Promise<{ sessionsEnded: number }> {
  return inTransaction(db, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.id } });
    if (!user) throw notFound("User");
    await tx.user.update({
      where: { id: user.id },
      // The grace starts again: they sign in with their password and are asked to enrol.
      data: { ...CLEARED, signInsWithoutSecondFactor: 0 },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    const { count: passkeysRemoved } = await tx.passkey.deleteMany({ where: { userId: user.id } });
    const sessionsEnded = await endSessionsOf(tx, user.id, "two-factor-reset", now);
    await writeAudit(tx, {
      ...accountAudit(actor, origin, user.id),
      action: "user.twoFactor.reset",
      details: { hadSecondFactor: user.totpEnabledAt !== null, passkeysRemoved, sessionsEnded },
    });
    return { sessionsEnded };
  });
}
