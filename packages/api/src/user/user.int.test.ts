import { verifyPassword, type User } from "@kz/db";
import { makeUser } from "@kz/db/testing";
import { TRPCError } from "@trpc/server";
import { beforeEach, describe, expect, it } from "vitest";

import type { CurrentUser } from "../current-user";
import {
  userForSession,
  authenticate,
  LOCKOUT_MINUTES,
  MAX_FAILED_LOGINS,
} from "../auth/login.service";
import { signInLockKey } from "../auth/sign-in-lock";
import { defaultApiLimits } from "../ratelimit/config";
import { authenticateWithLimit } from "../ratelimit/login";
import { callerFor, currentUserOf, type CallerOptions } from "../testing/admin-caller";
import { startSession } from "../auth/sessions";
import { useTestDatabase } from "../testing/database";
import { expectBadRequest, walkPages } from "../testing/public-caller";

const db = useTestDatabase();

const callerAs = (actor: CurrentUser | null, extra: CallerOptions = {}) =>
  callerFor(db(), actor, extra);
const adminCaller = async () =>
  callerAs(currentUserOf((await makeUser(db(), { role: "ADMIN" })).user));

async function codeOf(call: Promise<unknown>): Promise<string | undefined> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  return error instanceof TRPCError ? error.code : undefined;
}

/**
 * A session the user signed in to a minute ago (a row, and the claims its cookie carries). The user's
 * sessionsValidFrom is moved back an hour, as if the account were older than the session.
 */
async function sessionOf(user: User) {
  await db().user.update({
    where: { id: user.id },
    data: { sessionsValidFrom: new Date(Date.now() - 3_600_000) },
  });
  const signedInAt = new Date(Date.now() - 60_000);
  const sessionId = await startSession(db(), { userId: user.id, ip: null, now: signedInAt });
  return { userId: user.id, sessionId, authenticatedAt: signedInAt.getTime() };
}

describe("user.create", () => {
  it("returns a one-time password that signs in, stored only as an argon2id hash, and audits it", async () => {
    const admin = await makeUser(db(), { role: "ADMIN" });
    const { user, password } = await callerAs(currentUserOf(admin.user)).user.create({
      email: "  New.Editor@Example.org ",
      name: "New Editor",
      role: "EDITOR",
    });
    expect(user).toMatchObject({ email: "new.editor@example.org", role: "EDITOR", active: true });
    expect(password.length).toBeGreaterThanOrEqual(20);

    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(password);
    expect(
      await authenticate(db(), { email: "new.editor@example.org", password }, null),
    ).toMatchObject({ ok: true, user: { id: user.id, role: "EDITOR" } });

    const entry = await db().auditLog.findFirstOrThrow({
      where: { action: "user.create", entityId: user.id },
    });
    expect(entry).toMatchObject({
      actorId: admin.user.id,
      actorLabel: admin.user.email,
      entityType: "USER",
      ip: "203.0.113.7",
    });
    expect(JSON.stringify(entry.details)).not.toContain(password);
  });

  it("gives each user a different password", async () => {
    const caller = await adminCaller();
    const a = await caller.user.create({ email: "a-pw@example.org", name: "A", role: "VIEWER" });
    const b = await caller.user.create({ email: "b-pw@example.org", name: "B", role: "VIEWER" });
    expect(a.password).not.toBe(b.password);
  });

  it("refuses a taken email with CONFLICT on the email field", async () => {
    const caller = await adminCaller();
    const { user } = await makeUser(db());
    const error = await caller.user
      .create({ email: user.email, name: "Twin", role: "VIEWER" })
      .catch((e: unknown) => e as TRPCError);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("CONFLICT");
  });

  it("validates the input", async () => {
    const caller = await adminCaller();
    await expectBadRequest(
      caller.user.create({ email: "not-an-email", name: "X", role: "VIEWER" }),
      "email",
    );
    await expectBadRequest(
      caller.user.create({ email: "x@example.org", name: " ", role: "VIEWER" }),
      "name",
    );
  });
});

describe("user.list", () => {
  it("filters by part of name or email, role and active, and paginates by email", async () => {
    const caller = await adminCaller();
    const tag = `lst${Date.now().toString(36)}`;
    for (const [i, role, active] of [
      [1, "EDITOR", true],
      [2, "EDITOR", false],
      [3, "VIEWER", true],
      [4, "EDITOR", true],
      [5, "CONTRIBUTOR", true],
    ] as const) {
      await makeUser(db(), { email: `${tag}-${i}@example.org`, role, active });
    }
    const all = await caller.user.list({ q: tag.toUpperCase(), limit: 20 });
    expect(all.total).toBe(5);
    expect(all.items.map((u) => u.email)).toEqual(
      [1, 2, 3, 4, 5].map((i) => `${tag}-${i}@example.org`),
    );

    const activeEditors = await caller.user.list({ q: tag, role: "EDITOR", active: true });
    expect(activeEditors.items.map((u) => u.email)).toEqual([
      `${tag}-1@example.org`,
      `${tag}-4@example.org`,
    ]);
    expect((await caller.user.list({ q: tag, active: false })).total).toBe(1);

    const walked = await walkPages((cursor) => caller.user.list({ q: tag, limit: 2, cursor }));
    expect(walked.pages).toBe(3);
    expect(walked.items.map((u) => u.email)).toEqual(all.items.map((u) => u.email));
    expect(new Set(walked.totals)).toEqual(new Set([5]));
  });
});

describe("user.update", () => {
  it("renames and changes the role, auditing what changed", async () => {
    const caller = await adminCaller();
    const { user } = await makeUser(db(), { role: "CONTRIBUTOR" });
    const updated = await caller.user.update({ id: user.id, name: "Renamed", role: "EDITOR" });
    expect(updated).toMatchObject({ name: "Renamed", role: "EDITOR" });
    const entry = await db().auditLog.findFirstOrThrow({
      where: { action: "user.update", entityId: user.id },
    });
    expect(entry.details).toEqual({
      changes: {
        name: { from: "Test User", to: "Renamed" },
        role: { from: "CONTRIBUTOR", to: "EDITOR" },
      },
    });
  });

  it("answers NOT_FOUND for an unknown user", async () => {
    const caller = await adminCaller();
    expect(await codeOf(caller.user.update({ id: "nope", role: "VIEWER" }))).toBe("NOT_FOUND");
  });
});

describe("deactivate, activate and resetPassword", () => {
  it("deactivation ends the user's sessions and refuses their login; activation lets them back", async () => {
    const caller = await adminCaller();
    const { user, password } = await makeUser(db(), { role: "EDITOR" });
    const session = await sessionOf(user);
    expect(await userForSession(db(), session)).not.toBeNull();

    const deactivated = await caller.user.deactivate({ id: user.id });
    expect(deactivated.active).toBe(false);
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.sessionsValidFrom.getTime()).toBeGreaterThan(session.authenticatedAt);
    expect(await userForSession(db(), session)).toBeNull();
    expect(await authenticate(db(), { email: user.email, password }, null)).toEqual({
      ok: false,
      reason: "invalid",
    });

    await caller.user.activate({ id: user.id });
    expect(await authenticate(db(), { email: user.email, password }, null)).toMatchObject({
      ok: true,
    });
    // The session from before the deactivation stays ended.
    expect(await userForSession(db(), session)).toBeNull();

    const actions = await db().auditLog.findMany({
      where: { entityId: user.id, action: { startsWith: "user." } },
      orderBy: { createdAt: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual(["user.deactivate", "user.activate"]);
  });

  it("resetPassword gives a new one-time password, ends sessions and lifts a lockout", async () => {
    const caller = await adminCaller();
    const { user, password: old } = await makeUser(db());
    // Locked from two addresses.
    for (const ip of ["192.0.2.1", "192.0.2.2"]) {
      await db().signInLock.create({
        data: {
          key: signInLockKey(user.email, ip),
          userId: user.id,
          lockedUntil: new Date(Date.now() + 600_000),
        },
      });
    }
    expect((await caller.user.list({ q: user.email })).items[0]?.lockedUntil).not.toBeNull();
    const session = await sessionOf(user);

    const { password } = await caller.user.resetPassword({ id: user.id });
    expect(password).not.toBe(old);
    expect(await userForSession(db(), session)).toBeNull();
    expect(await authenticate(db(), { email: user.email, password: old }, null)).toMatchObject({
      ok: false,
    });
    expect(await authenticate(db(), { email: user.email, password }, "192.0.2.2")).toMatchObject({
      ok: true,
    });
    expect(
      await db().signInLock.count({ where: { userId: user.id, lockedUntil: { not: null } } }),
    ).toBe(0);
    expect((await caller.user.list({ q: user.email })).items[0]?.lockedUntil).toBeNull();
    expect(
      await db().auditLog.count({ where: { action: "user.password.reset", entityId: user.id } }),
    ).toBe(1);
  });
});

describe("the last active admin", () => {
  // Each test starts from a record whose only active admins are the ones it makes.
  const onlyAdminsFromHere = () =>
    db().user.updateMany({ where: { role: "ADMIN" }, data: { active: false } });
  beforeEach(async () => {
    await onlyAdminsFromHere();
  });

  const activeAdmins = () => db().user.count({ where: { role: "ADMIN", active: true } });
  /** Two new admins, signed in, and the only active ones. */
  const twoAdmins = async () => {
    await onlyAdminsFromHere();
    const [a, b] = [
      await makeUser(db(), { role: "ADMIN" }),
      await makeUser(db(), { role: "ADMIN" }),
    ];
    return {
      a: a.user,
      b: b.user,
      asA: callerAs(currentUserOf(a.user)),
      asB: callerAs(currentUserOf(b.user)),
    };
  };

  it("cannot be deactivated or demoted, by themselves or anyone", async () => {
    const { user: admin } = await makeUser(db(), { role: "ADMIN" });
    const self = callerAs(currentUserOf(admin));

    const deactivate = await self.user
      .deactivate({ id: admin.id })
      .catch((e: unknown) => e as TRPCError);
    expect(deactivate).toBeInstanceOf(TRPCError);
    expect((deactivate as TRPCError).code).toBe("CONFLICT");
    expect((deactivate as TRPCError).message).toMatch(/last active admin/);

    expect(await codeOf(self.user.update({ id: admin.id, role: "EDITOR" }))).toBe("CONFLICT");
    // A rename is not a demotion.
    await expect(self.user.update({ id: admin.id, name: "Still Admin" })).resolves.toMatchObject({
      role: "ADMIN",
    });
    expect(await activeAdmins()).toBe(1);
  });

  it("can be demoted once another admin is active", async () => {
    const { a, b, asA } = await twoAdmins();
    await asA.user.update({ id: b.id, role: "EDITOR" });
    expect(await codeOf(asA.user.deactivate({ id: a.id }))).toBe("CONFLICT");
    expect(await activeAdmins()).toBe(1);
  });

  it("survives two admins demoting each other at the same moment", async () => {
    for (let round = 0; round < 5; round++) {
      const { a, b, asA, asB } = await twoAdmins();
      const results = await Promise.allSettled([
        asA.user.update({ id: b.id, role: "EDITOR" }),
        asB.user.update({ id: a.id, role: "VIEWER" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const rejected = results.find((r) => r.status === "rejected");
      expect((rejected?.reason as TRPCError).code).toBe("CONFLICT");
      expect(await activeAdmins()).toBe(1);
    }
  });

  it("survives two admins deactivating each other at the same moment", async () => {
    for (let round = 0; round < 5; round++) {
      const { a, b, asA, asB } = await twoAdmins();
      await Promise.allSettled([
        asA.user.deactivate({ id: b.id }),
        asB.user.deactivate({ id: a.id }),
      ]);
      expect(await activeAdmins()).toBe(1);
    }
  });
});

describe("me.changePassword", () => {
  it("checks the current password, ends every earlier session and audits it", async () => {
    const { user, password } = await makeUser(db(), { role: "VIEWER" });
    const { me } = callerAs(currentUserOf(user));
    const session = await sessionOf(user);
    const newPassword = "a much longer new password";

    await expectBadRequest(
      me.changePassword({ currentPassword: "wrong", newPassword }),
      "currentPassword",
    );
    expect(await userForSession(db(), session)).not.toBeNull();

    const { sessionsValidFrom } = await me.changePassword({
      currentPassword: password,
      newPassword,
    });
    expect(sessionsValidFrom).toBeInstanceOf(Date);
    expect(await userForSession(db(), session)).toBeNull();
    expect(await authenticate(db(), { email: user.email, password }, null)).toMatchObject({
      ok: false,
    });
    expect(
      await authenticate(db(), { email: user.email, password: newPassword }, null),
    ).toMatchObject({ ok: true });

    const actions = (
      await db().auditLog.findMany({
        where: { entityId: user.id, action: { startsWith: "user.password" } },
        orderBy: { createdAt: "asc" },
      })
    ).map((a) => a.action);
    expect(actions).toEqual(["user.password.change.failure", "user.password.change"]);
  });

  it("counts wrong current passwords with failed sign-ins: the lockout stops a session holder guessing", async () => {
    const { user, password } = await makeUser(db(), { role: "EDITOR" });
    const { me } = callerAs(currentUserOf(user));
    const newPassword = "a much longer new password";
    for (let attempt = 1; attempt < MAX_FAILED_LOGINS; attempt++) {
      await expectBadRequest(
        me.changePassword({ currentPassword: `guess ${attempt}`, newPassword }),
        "currentPassword",
      );
    }
    const locked = me.changePassword({ currentPassword: "guess 5", newPassword });
    await expect(locked).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    // Locked now, for the right password too, and for sign-in.
    await expect(
      me.changePassword({ currentPassword: password, newPassword }),
    ).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringContaining(`paused for ${LOCKOUT_MINUTES} minutes`),
    });
    // Sign-in from the same address is refused with the same answer as any failure; from
    // another it is not (a session thief's guessing must not lock the owner out everywhere).
    expect(await authenticate(db(), { email: user.email, password }, "203.0.113.7")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(
      await db().auditLog.count({ where: { entityId: user.id, action: "login.locked" } }),
    ).toBe(1);
    expect(await authenticate(db(), { email: user.email, password }, "198.51.100.3")).toMatchObject(
      { ok: true },
    );
    // The password did not change.
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(row.passwordHash, password)).toBe(true);
    expect(
      await db().auditLog.count({ where: { entityId: user.id, action: "login.lockout" } }),
    ).toBe(1);
  });

  it("counts every check against the sign-in rate limit, before any password is checked", async () => {
    const { user, password } = await makeUser(db(), { role: "EDITOR" });
    const signInLimits = { ...defaultApiLimits(), login: { points: 2, windowSeconds: 900 } };
    const { me } = callerAs(currentUserOf(user), { ip: "192.0.2.44", signInLimits });
    const newPassword = "a much longer new password";
    for (const guess of ["guess 1", "guess 2"]) {
      await expectBadRequest(
        me.changePassword({ currentPassword: guess, newPassword }),
        "currentPassword",
      );
    }
    // Two wrong guesses, fewer than the lockout's five: the rate limit refuses the third, right or not.
    await expect(
      me.changePassword({ currentPassword: password, newPassword }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS", message: /Too many password attempts/ });
    // The same count as the sign-in page's from that address.
    expect(
      await authenticateWithLimit(
        db(),
        { email: user.email, password },
        "192.0.2.44",
        signInLimits,
      ),
    ).toMatchObject({ ok: false, reason: "rate_limited" });
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(row.passwordHash, password)).toBe(true);
  });

  it("refuses a new password under 12 or over 200 characters, or equal to the current one", async () => {
    const { user, password } = await makeUser(db());
    const { me } = callerAs(currentUserOf(user));
    await expectBadRequest(
      me.changePassword({ currentPassword: password, newPassword: "short" }),
      "newPassword",
    );
    await expectBadRequest(
      me.changePassword({ currentPassword: password, newPassword: "x".repeat(201) }),
      "newPassword",
    );
    await expectBadRequest(
      me.changePassword({ currentPassword: password, newPassword: password }),
      "newPassword",
    );
  });

  it("me.get answers who is signed in", async () => {
    const { user } = await makeUser(db(), { role: "CONTRIBUTOR" });
    expect(await callerAs(currentUserOf(user)).me.get()).toEqual(currentUserOf(user));
  });
});

describe("who may manage accounts", () => {
  const calls = (caller: ReturnType<typeof callerAs>, id: string) => [
    caller.user.list(),
    caller.user.create({ email: "nobody-new@example.org", name: "N", role: "VIEWER" }),
    caller.user.update({ id, name: "X" }),
    caller.user.deactivate({ id }),
    caller.user.activate({ id }),
    caller.user.resetPassword({ id }),
  ];

  it("refuses anonymous callers with UNAUTHORIZED", async () => {
    const { user } = await makeUser(db());
    for (const call of calls(callerAs(null), user.id)) {
      expect(await codeOf(call)).toBe("UNAUTHORIZED");
    }
    expect(
      await codeOf(
        callerAs(null).me.changePassword({ currentPassword: "x", newPassword: "y".repeat(12) }),
      ),
    ).toBe("UNAUTHORIZED");
  });

  it.each(["VIEWER", "CONTRIBUTOR", "EDITOR"] as const)(
    "refuses a %s with FORBIDDEN",
    async (role) => {
      const { user: caller } = await makeUser(db(), { role });
      const { user } = await makeUser(db());
      for (const call of calls(callerAs(currentUserOf(caller)), user.id)) {
        expect(await codeOf(call)).toBe("FORBIDDEN");
      }
      expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(
        "Test User",
      );
    },
  );

  it("refuses an admin's API token, even with the write scope", async () => {
    const { user: admin, password } = await makeUser(db(), { role: "ADMIN" });
    const { user } = await makeUser(db());
    const viaToken = callerAs(currentUserOf(admin), { tokenName: "script", scopes: ["write"] });
    for (const call of calls(viaToken, user.id)) {
      expect(await codeOf(call)).toBe("FORBIDDEN");
    }
    expect(
      await codeOf(
        viaToken.me.changePassword({ currentPassword: password, newPassword: "y".repeat(12) }),
      ),
    ).toBe("FORBIDDEN");
  });
});
