import { createTestDatabase, makeUser, type TestDatabase } from "@kz/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { actorForSession, authenticate, LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from "./login.service";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

const auditActions = async (email: string) =>
  (
    await database.db.auditLog.findMany({
      where: { actorLabel: email },
      orderBy: { createdAt: "asc" },
    })
  ).map((a) => a.action);

describe("authenticate", () => {
  it("accepts the right password, case-insensitively on the email, and audits it", async () => {
    const { user, password } = await makeUser(database.db, { role: "EDITOR" });
    const result = await authenticate(
      database.db,
      { email: user.email.toUpperCase(), password },
      "10.0.0.1",
    );
    expect(result).toEqual({
      ok: true,
      actor: { id: user.id, email: user.email, name: user.name, role: "EDITOR" },
    });
    const entry = await database.db.auditLog.findFirstOrThrow({
      where: { actorId: user.id, action: "login.success" },
    });
    expect(entry.ip).toBe("10.0.0.1");
  });

  it("refuses a wrong password and an unknown email alike, auditing both", async () => {
    const { user } = await makeUser(database.db);
    expect(await authenticate(database.db, { email: user.email, password: "wrong" }, null)).toEqual(
      { ok: false, reason: "invalid" },
    );
    expect(
      await authenticate(database.db, { email: "nobody@example.org", password: "wrong" }, null),
    ).toEqual({ ok: false, reason: "invalid" });
    expect(await auditActions(user.email)).toEqual(["login.failure"]);
    expect(await auditActions("nobody@example.org")).toEqual(["login.failure"]);
  });

  it(`locks the account for ${LOCKOUT_MINUTES} minutes after ${MAX_FAILED_LOGINS} failures, even for the right password`, async () => {
    const { user, password } = await makeUser(database.db);
    const now = new Date("2026-01-01T12:00:00Z");
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      expect(
        await authenticate(database.db, { email: user.email, password: "wrong" }, null, now),
      ).toMatchObject({ reason: "invalid" });
    }
    expect(
      await authenticate(database.db, { email: user.email, password: "wrong" }, null, now),
    ).toMatchObject({ reason: "locked" });
    expect(
      await authenticate(database.db, { email: user.email, password }, null, now),
    ).toMatchObject({ reason: "locked" });

    const locked = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.lockedUntil?.getTime()).toBe(now.getTime() + LOCKOUT_MINUTES * 60_000);
    expect(await auditActions(user.email)).toContain("login.lockout");
    expect(await auditActions(user.email)).toContain("login.locked");

    const later = new Date(now.getTime() + (LOCKOUT_MINUTES + 1) * 60_000);
    expect(
      await authenticate(database.db, { email: user.email, password }, null, later),
    ).toMatchObject({ ok: true });
  });

  it("counts parallel failures without losing any", async () => {
    const { user } = await makeUser(database.db);
    await Promise.all(
      Array.from({ length: MAX_FAILED_LOGINS - 1 }, () =>
        authenticate(database.db, { email: user.email, password: "wrong" }, null),
      ),
    );
    const after = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.failedLoginCount).toBe(MAX_FAILED_LOGINS - 1);
  });

  it("refuses a deactivated user", async () => {
    const { user, password } = await makeUser(database.db, { active: false });
    expect(await authenticate(database.db, { email: user.email, password }, null)).toEqual({
      ok: false,
      reason: "inactive",
    });
  });
});

describe("actorForSession", () => {
  it("ends sessions of a deactivated user and sessions issued before a password change", async () => {
    const { user } = await makeUser(database.db, { role: "VIEWER" });
    const signedInAt = Date.now() + 1_000;
    expect(
      await actorForSession(database.db, { userId: user.id, authenticatedAt: signedInAt }),
    ).toMatchObject({
      id: user.id,
      role: "VIEWER",
    });

    await database.db.user.update({
      where: { id: user.id },
      data: { sessionsValidFrom: new Date(signedInAt + 1) },
    });
    expect(
      await actorForSession(database.db, { userId: user.id, authenticatedAt: signedInAt }),
    ).toBeNull();
    expect(
      await actorForSession(database.db, { userId: user.id, authenticatedAt: signedInAt + 1 }),
    ).not.toBeNull();

    await database.db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(
      await actorForSession(database.db, { userId: user.id, authenticatedAt: signedInAt + 1 }),
    ).toBeNull();
  });
});
