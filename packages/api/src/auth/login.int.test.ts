import { makeUser } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { useTestDatabase } from "../testing/database";
import { userForSession, authenticate, LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from "./login.service";
import { signInLockKey } from "./sign-in-lock";
import { startSession } from "./sessions";
import { dismissSignInNotice, pendingSignInNotice } from "./sign-in-notice";

const db = useTestDatabase();

const auditActions = async (email: string) =>
  (
    await db().auditLog.findMany({
      where: { actorLabel: email },
      orderBy: { createdAt: "asc" },
    })
  ).map((a) => a.action);

describe("authenticate", () => {
  it("accepts the right password, case-insensitively on the email, and audits it", async () => {
    const { user, password } = await makeUser(db(), { role: "EDITOR" });
    const result = await authenticate(
      db(),
      { email: user.email.toUpperCase(), password },
      "10.0.0.1",
    );
    expect(result).toEqual({
      ok: true,
      user: { id: user.id, email: user.email, name: user.name, role: "EDITOR" },
      sessionId: expect.stringMatching(/^[\w-]{32}$/),
    });
    const entry = await db().auditLog.findFirstOrThrow({
      where: { actorId: user.id, action: "login.success" },
    });
    expect(entry.ip).toBe("10.0.0.1");
  });

  it("refuses a wrong password and an unknown email alike, auditing both", async () => {
    const { user } = await makeUser(db());
    expect(await authenticate(db(), { email: user.email, password: "wrong" }, null)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(
      await authenticate(db(), { email: "nobody@example.org", password: "wrong" }, "203.0.113.60"),
    ).toEqual({ ok: false, reason: "invalid" });
    expect(await auditActions(user.email)).toEqual(["login.failure"]);
    expect(await auditActions("nobody@example.org")).toEqual(["login.failure"]);
  });

  it(`locks the email at one address for ${LOCKOUT_MINUTES} minutes after ${MAX_FAILED_LOGINS} failures, even for the right password, with the same answer`, async () => {
    const { user, password } = await makeUser(db());
    const now = new Date("2026-01-01T12:00:00Z");
    const ip = "203.0.113.9";
    for (let i = 1; i <= MAX_FAILED_LOGINS; i++) {
      expect(await authenticate(db(), { email: user.email, password: "wrong" }, ip, now)).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await authenticate(db(), { email: user.email, password }, ip, now)).toEqual({
      ok: false,
      reason: "invalid",
    });

    const lock = await db().signInLock.findUniqueOrThrow({
      where: { key: signInLockKey(user.email, ip) },
    });
    expect(lock.lockedUntil?.getTime()).toBe(now.getTime() + LOCKOUT_MINUTES * 60_000);
    expect(await auditActions(user.email)).toContain("login.lockout");
    expect(await auditActions(user.email)).toContain("login.locked");

    // Meanwhile the owner signs in from elsewhere; and from here once the lock has ended.
    expect(
      await authenticate(db(), { email: user.email, password }, "198.51.100.20", now),
    ).toMatchObject({ ok: true });
    const later = new Date(now.getTime() + (LOCKOUT_MINUTES + 1) * 60_000);
    expect(await authenticate(db(), { email: user.email, password }, ip, later)).toMatchObject({
      ok: true,
    });
  });

  it("counts parallel failures without losing any", async () => {
    const { user } = await makeUser(db());
    await Promise.all(
      Array.from({ length: MAX_FAILED_LOGINS - 1 }, () =>
        authenticate(db(), { email: user.email, password: "wrong" }, null),
      ),
    );
    const lock = await db().signInLock.findUniqueOrThrow({
      where: { key: signInLockKey(user.email, null) },
    });
    expect(lock.failedCount).toBe(MAX_FAILED_LOGINS - 1);
  });

  it("refuses a deactivated user with the same answer, even for the right password", async () => {
    const { user, password } = await makeUser(db(), { active: false });
    expect(await authenticate(db(), { email: user.email, password }, null)).toEqual({
      ok: false,
      reason: "invalid",
    });
    const entry = await db().auditLog.findFirstOrThrow({
      where: { entityId: user.id, action: "login.failure" },
    });
    expect(entry.details).toEqual({ reason: "deactivated" });
  });

  it("logs failures for unknown emails from one address at the 1st, 10th, 100th … only", async () => {
    const ip = "203.0.113.77";
    for (let i = 1; i <= 12; i++) {
      await authenticate(db(), { email: `nobody-${i}@example.org`, password: "x" }, ip);
    }
    const rows = await db().auditLog.findMany({
      where: { ip, action: "login.failure" },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => r.details)).toEqual([
      { reason: "unknown email", failuresFromThisAddressIn15Minutes: 1 },
      { reason: "unknown email", failuresFromThisAddressIn15Minutes: 10 },
    ]);
  });
});

describe("the notice of failed attempts after signing in", () => {
  it("tells the owner how many attempts failed, from how many addresses, and any lockout, until dismissed", async () => {
    const { user, password } = await makeUser(db(), { role: "EDITOR" });
    const first = new Date(Date.now() - 3_600_000);
    expect(await authenticate(db(), { email: user.email, password }, null, first)).toMatchObject({
      ok: true,
    });
    expect(await pendingSignInNotice(db(), user.id)).toBeNull();

    // A stranger guesses from two addresses and locks one of them.
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      await authenticate(db(), { email: user.email, password: `g${i}` }, "192.0.2.50");
    }
    await authenticate(db(), { email: user.email, password: "g" }, "192.0.2.51");

    expect(await authenticate(db(), { email: user.email, password }, "198.51.100.1")).toMatchObject(
      { ok: true },
    );
    const notice = await pendingSignInNotice(db(), user.id);
    expect(notice).toMatchObject({
      failedAttempts: MAX_FAILED_LOGINS + 1,
      lockouts: 1,
      addresses: 2,
    });
    expect(notice!.since.getTime()).toBe(first.getTime());

    // Still there at the next sign-in, until the owner dismisses it.
    await authenticate(db(), { email: user.email, password }, "198.51.100.1");
    expect(await pendingSignInNotice(db(), user.id)).toMatchObject({
      failedAttempts: MAX_FAILED_LOGINS + 1,
    });
    const actor = { id: user.id, email: user.email, name: user.name, role: user.role };
    const seen = { failedAttempts: MAX_FAILED_LOGINS + 1 };
    // One that has grown since it was read stays.
    expect(await dismissSignInNotice(db(), { failedAttempts: 1 }, actor, { ip: null })).toEqual({
      dismissed: false,
    });
    expect(await dismissSignInNotice(db(), seen, actor, { ip: null })).toEqual({
      dismissed: true,
    });
    expect(await pendingSignInNotice(db(), user.id)).toBeNull();
    expect(await dismissSignInNotice(db(), seen, actor, { ip: null })).toEqual({
      dismissed: false,
    });
    await authenticate(db(), { email: user.email, password }, "198.51.100.1");
    expect(await pendingSignInNotice(db(), user.id)).toBeNull();
  });
});

describe("userForSession", () => {
  it("ends sessions of a deactivated user and sessions issued before a password change", async () => {
    const { user } = await makeUser(db(), { role: "VIEWER" });
    const signedInAt = Date.now() + 1_000;
    const sessionId = await startSession(db(), { userId: user.id, ip: null, now: new Date() });
    const claims = (authenticatedAt: number) => ({ userId: user.id, sessionId, authenticatedAt });
    expect(await userForSession(db(), claims(signedInAt))).toMatchObject({
      id: user.id,
      role: "VIEWER",
    });

    await db().user.update({
      where: { id: user.id },
      data: { sessionsValidFrom: new Date(signedInAt + 1) },
    });
    expect(await userForSession(db(), claims(signedInAt))).toBeNull();
    expect(await userForSession(db(), claims(signedInAt + 1))).not.toBeNull();

    await db().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await userForSession(db(), claims(signedInAt + 1))).toBeNull();
  });
});
