// Two-factor sign-in: enrolment, the second step of a sign-in, and every refusal of bad input.
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import type { Role } from "@kz/db";
import { makeUser } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { callerFor, currentUserOf, failure, outcome } from "../testing/admin-caller";
import { useTestDatabaseWithRoles } from "../testing/database";
import { SECOND_FACTOR_REFUSED_MESSAGE } from "./auth.schema";
import { authenticate, MAX_FAILED_LOGINS } from "./login.service";
import { userForSession } from "./sessions";
import { signInLockKey } from "./sign-in-lock";
import { stepAt } from "./totp";

const { db, users } = useTestDatabaseWithRoles("kz_two_factor");

const keyOf = (manualKey: string) => manualKey.replace(/\s+/g, "");
const codeAt = (key: string, step: number) =>
  generateHOTP(decodeBase32IgnorePadding(key), BigInt(step), 6);
const now = () => new Date();

/** A user who has enrolled: their key, recovery codes and password. */
async function enrolled(role: Role = "EDITOR") {
  const { user, password } = await makeUser(db(), { role });
  const me = callerFor(db(), currentUserOf(user));
  const begun = await me.me.twoFactor.begin();
  const key = keyOf(begun.manualKey);
  const step = stepAt(now());
  const { recoveryCodes } = await me.me.twoFactor.confirm({ code: codeAt(key, step) });
  return { user, password, key, recoveryCodes, me, confirmedStep: step };
}

const signIn = (email: string, password: string, code?: string, at = now(), ip = "203.0.113.1") =>
  authenticate(db(), { email, password }, ip, at, { code });

const audit = async (userId: string, action: string) =>
  db().auditLog.findMany({ where: { entityId: userId, action }, orderBy: { createdAt: "asc" } });

describe("enrolment", () => {
  it("shows a QR code drawn here and the key, and turns on with the first code: ten recovery codes, stored hashed, audited", async () => {
    const { user } = await makeUser(db(), { role: "EDITOR" });
    const me = callerFor(db(), currentUserOf(user));
    const begun = await me.me.twoFactor.begin();
    expect(begun.qrSvg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(begun.uri).toMatch(/^otpauth:\/\/totp\//);
    expect(await me.me.twoFactor.status()).toMatchObject({ enrolled: false });

    const key = keyOf(begun.manualKey);
    // A wrong first code is refused on its field, and nothing is turned on.
    const wrong = await failure(me.me.twoFactor.confirm({ code: "000000" }));
    expect(wrong.code).toBe("BAD_REQUEST");
    expect(await me.me.twoFactor.status()).toMatchObject({ enrolled: false });

    const { recoveryCodes } = await me.me.twoFactor.confirm({ code: codeAt(key, stepAt(now())) });
    expect(recoveryCodes).toHaveLength(10);
    const stored = await db().recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    for (const row of stored) {
      expect(recoveryCodes).not.toContain(row.codeHash);
      expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(await me.me.twoFactor.status()).toMatchObject({ enrolled: true, recoveryCodesLeft: 10 });
    expect((await audit(user.id, "user.twoFactor.enrol")).length).toBe(1);
    // A second enrolment while on is refused.
    expect(await outcome(me.me.twoFactor.begin())).toBe("CONFLICT");
    expect(await outcome(me.me.twoFactor.confirm({ code: "123456" }))).toBe("CONFLICT");
  });

  it("refuses to confirm before a key was begun", async () => {
    const { user } = await makeUser(db());
    const error = await failure(
      callerFor(db(), currentUserOf(user)).me.twoFactor.confirm({ code: "123456" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });
});

describe("signing in with a second factor", () => {
  it("asks for a code only once the password is right; accepts the code of the next step", async () => {
    const { user, password, key, confirmedStep } = await enrolled();
    expect(await signIn(user.email, "wrong")).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(user.email, password)).toEqual({ ok: false, reason: "second_factor" });
    const at = new Date((confirmedStep + 1) * 30_000 + 1_000);
    const result = await signIn(user.email, password, codeAt(key, confirmedStep + 1), at);
    expect(result).toMatchObject({ ok: true, user: { id: user.id } });
    const success = await audit(user.id, "login.success");
    expect(success.at(-1)?.details).toEqual({ secondFactor: "totp" });
  });

  it("accepts ±1 step, refuses two steps away and a replayed code, each with one message, audited", async () => {
    const { user, password, key, confirmedStep } = await enrolled();
    const step = confirmedStep + 10;
    const at = new Date(step * 30_000 + 15_000);
    // Two steps off: refused.
    expect(await signIn(user.email, password, codeAt(key, step - 2), at)).toEqual({
      ok: false,
      reason: "bad_code",
    });
    expect(await signIn(user.email, password, codeAt(key, step + 2), at)).toEqual({
      ok: false,
      reason: "bad_code",
    });
    // One step behind: accepted; then the same code again (a replay) and an earlier one: refused.
    expect(await signIn(user.email, password, codeAt(key, step - 1), at)).toMatchObject({
      ok: true,
    });
    expect(await signIn(user.email, password, codeAt(key, step - 1), at)).toEqual({
      ok: false,
      reason: "bad_code",
    });
    // The current step is later than the one used: accepted, once.
    expect(await signIn(user.email, password, codeAt(key, step), at)).toMatchObject({ ok: true });
    expect(await signIn(user.email, password, codeAt(key, step), at)).toEqual({
      ok: false,
      reason: "bad_code",
    });
    const failures = await audit(user.id, "login.failure");
    expect(failures.map((f) => f.details)).toEqual(
      Array.from({ length: 4 }, () => ({ reason: "wrong second factor" })),
    );
  });

  it("of two sign-ins racing with one code, exactly one gets through", async () => {
    const { user, password, key, confirmedStep } = await enrolled();
    const at = new Date((confirmedStep + 1) * 30_000 + 1_000);
    const code = codeAt(key, confirmedStep + 1);
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) => signIn(user.email, password, code, at, `192.0.2.${i}`)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("takes a recovery code once; a second use is refused", async () => {
    const { user, password, recoveryCodes } = await enrolled();
    const code = recoveryCodes[3]!;
    expect(await signIn(user.email, password, code.toUpperCase())).toMatchObject({ ok: true });
    expect((await audit(user.id, "login.success")).at(-1)?.details).toEqual({
      secondFactor: "recovery code",
    });
    expect(await signIn(user.email, password, code)).toEqual({ ok: false, reason: "bad_code" });
    expect(await signIn(user.email, password, "aaaaa-bbbbb")).toEqual({
      ok: false,
      reason: "bad_code",
    });
    expect(
      await db().recoveryCode.count({ where: { userId: user.id, usedAt: { not: null } } }),
    ).toBe(1);
  });

  it(`counts wrong codes toward the lockout: after ${MAX_FAILED_LOGINS} the right code is refused too, with the one answer`, async () => {
    const { user, password, key, confirmedStep } = await enrolled();
    const at = new Date((confirmedStep + 1) * 30_000 + 1_000);
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      expect(await signIn(user.email, password, "000000", at)).toEqual({
        ok: false,
        reason: "bad_code",
      });
    }
    // The lock's own failure answers like every locked attempt.
    expect(await signIn(user.email, password, "000000", at)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await signIn(user.email, password, codeAt(key, confirmedStep + 1), at)).toEqual({
      ok: false,
      reason: "invalid",
    });
    // Nor is a code asked for while locked.
    expect(await signIn(user.email, password, undefined, at)).toEqual({
      ok: false,
      reason: "invalid",
    });
    const lock = await db().signInLock.findUniqueOrThrow({
      where: { key: signInLockKey(user.email, "203.0.113.1") },
    });
    expect(lock.lockedUntil).not.toBeNull();
  });
});

describe("turning it off and resetting it", () => {
  it("turning off needs a current code; a wrong one is refused and audited, and counts", async () => {
    const { user, key, me, recoveryCodes } = await enrolled();
    const wrong = await failure(me.me.twoFactor.disable({ code: "000000" }));
    expect(wrong.code).toBe("BAD_REQUEST");
    expect(wrong.message).toBe(SECOND_FACTOR_REFUSED_MESSAGE);
    expect((await audit(user.id, "user.twoFactor.disable.failure")).length).toBe(1);
    expect(await me.me.twoFactor.status()).toMatchObject({ enrolled: true });
    // New recovery codes need a code too; the old ones stop working.
    const { recoveryCodes: fresh } = await me.me.twoFactor.regenerateRecoveryCodes({
      code: recoveryCodes[0]!,
    });
    expect(fresh).toHaveLength(10);
    expect(await outcome(me.me.twoFactor.disable({ code: recoveryCodes[1]! }))).toBe("BAD_REQUEST");
    void key;
    expect(await me.me.twoFactor.disable({ code: fresh[0]! })).toEqual({ disabled: true });
    expect(await me.me.twoFactor.status()).toMatchObject({ enrolled: false, recoveryCodesLeft: 0 });
    expect((await audit(user.id, "user.twoFactor.disable")).length).toBe(1);
  });

  it("an admin's reset removes the factor and ends the user's sessions, audited; others may not", async () => {
    const { user, password, recoveryCodes } = await enrolled();
    const signedIn = await signIn(user.email, password, recoveryCodes[0]);
    if (!signedIn.ok) throw new Error("sign-in failed");
    const claims = { userId: user.id, sessionId: signedIn.sessionId, authenticatedAt: Date.now() };
    expect(await outcome(callerFor(db(), users.EDITOR).user.resetTwoFactor({ id: user.id }))).toBe(
      "FORBIDDEN",
    );
    expect(await callerFor(db(), users.ADMIN).user.resetTwoFactor({ id: user.id })).toEqual({
      sessionsEnded: 1,
    });
    expect(await userForSession(db(), claims)).toBeNull();
    expect(await db().recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await signIn(user.email, password)).toMatchObject({ ok: true });
    expect((await audit(user.id, "user.twoFactor.reset"))[0]?.details).toEqual({
      hadSecondFactor: true,
      passkeysRemoved: 0,
      sessionsEnded: 1,
    });
  });
});

describe("the policy: REQUIRE_2FA_ROLES", () => {
  const policy = { roles: ["ADMIN", "EDITOR"] as const, graceSignIns: 1 };

  it("lets an editor without a factor sign in within the grace, then holds them at enrolment", async () => {
    const { user, password } = await makeUser(db(), { role: "EDITOR" });
    const signInWithPolicy = async () => {
      const r = await authenticate(db(), { email: user.email, password }, null, now(), { policy });
      if (!r.ok) throw new Error("sign-in failed");
      return { userId: user.id, sessionId: r.sessionId, authenticatedAt: Date.now() };
    };
    const first = await signInWithPolicy();
    expect(await userForSession(db(), first, policy)).not.toHaveProperty("heldAtEnrolment");
    const second = await signInWithPolicy();
    const held = await userForSession(db(), second, policy);
    expect(held).toMatchObject({ id: user.id, heldAtEnrolment: true });

    // Held: everything but enrolment, oneself and one's sessions is refused.
    const asHeld = callerFor(db(), held!, { twoFactorPolicy: policy });
    const refused = await failure(asHeld.dashboard.summary());
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toMatch(/^Set up two-factor sign-in first/);
    expect(await outcome(asHeld.token.list())).toBe("FORBIDDEN");
    expect(await outcome(asHeld.me.get())).toBe("ok");
    expect(await asHeld.me.twoFactor.status()).toMatchObject({ required: true, held: true });

    // Enrolling lifts the hold.
    const begun = await asHeld.me.twoFactor.begin();
    await asHeld.me.twoFactor.confirm({ code: codeAt(keyOf(begun.manualKey), stepAt(now())) });
    expect(await userForSession(db(), second, policy)).not.toHaveProperty("heldAtEnrolment");
  });

  it("an admin may require it of one user whatever the roles (audited); others may not", async () => {
    const { user, password } = await makeUser(db(), { role: "VIEWER" });
    const none = { roles: [] as const, graceSignIns: 0 };
    expect(
      await outcome(
        callerFor(db(), users.EDITOR).user.update({ id: user.id, twoFactorRequired: true }),
      ),
    ).toBe("FORBIDDEN");
    const updated = await callerFor(db(), users.ADMIN).user.update({
      id: user.id,
      twoFactorRequired: true,
    });
    expect(updated.twoFactorRequired).toBe(true);
    const entry = await db().auditLog.findFirstOrThrow({
      where: { entityId: user.id, action: "user.update" },
    });
    expect(entry.details).toEqual({ changes: { twoFactorRequired: { from: false, to: true } } });
    const r = await authenticate(db(), { email: user.email, password }, null, now(), {
      policy: none,
    });
    if (!r.ok) throw new Error("sign-in failed");
    expect(
      await userForSession(
        db(),
        { userId: user.id, sessionId: r.sessionId, authenticatedAt: Date.now() },
        none,
      ),
    ).toMatchObject({ heldAtEnrolment: true });
  });

  it("does not hold roles outside the policy", async () => {
    const { user, password } = await makeUser(db(), { role: "VIEWER" });
    for (let i = 0; i < 3; i++) {
      const r = await authenticate(db(), { email: user.email, password }, null, now(), { policy });
      if (!r.ok) throw new Error("sign-in failed");
      expect(
        await userForSession(
          db(),
          { userId: user.id, sessionId: r.sessionId, authenticatedAt: Date.now() },
          policy,
        ),
      ).not.toHaveProperty("heldAtEnrolment");
    }
  });
});
