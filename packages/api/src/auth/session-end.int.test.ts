// What ends a session, through the same calls the admin makes (the e2e tests drive them in a browser).
// A session is a row (sessions.ts); the cookie carries its id, and `userForSession` is what every
// request of the admin asks.
import type { Role } from "@kz/db";
import { makeUser } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { callerFor, failure, outcome } from "../testing/admin-caller";
import { useTestDatabaseWithRoles } from "../testing/database";
import { authenticate } from "./login.service";
import { endSession, userForSession, SESSION_LIFETIME_MS } from "./sessions";

const { db, users } = useTestDatabaseWithRoles("kz_session_end");

/** A user signed in now: the claims their session cookie carries, and a caller as that session. */
async function signedIn(role: Role = "EDITOR", ip: string | null = null, userAgent = "Firefox") {
  const { user, password } = await makeUser(db(), { role });
  const result = await authenticate(db(), { email: user.email, password }, ip, new Date(), {
    userAgent,
  });
  if (!result.ok) throw new Error("sign-in failed");
  const session = {
    userId: user.id,
    sessionId: result.sessionId,
    authenticatedAt: Date.now(),
  };
  // The change below must come strictly after the sign-in, as it does for a person.
  await new Promise((resolve) => setTimeout(resolve, 5));
  const me = callerFor(db(), { ...result.user, sessionId: result.sessionId });
  return { user, password, session, me };
}

/** Another sign-in of the same user (another browser). */
async function signInAgain(email: string, password: string, userAgent = "Chromium") {
  const result = await authenticate(db(), { email, password }, "198.51.100.4", new Date(), {
    userAgent,
  });
  if (!result.ok) throw new Error("sign-in failed");
  return { ...result.user, sessionId: result.sessionId };
}

describe("a session is a row: the cookie's claims stand for a user only while it lives", () => {
  it("a sign-in makes a row with when, where from and which browser", async () => {
    const { user, session } = await signedIn("VIEWER", "203.0.113.5", "Mozilla/5.0 Firefox/140");
    const row = await db().userSession.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(row).toMatchObject({ userId: user.id, ip: "203.0.113.5", endedAt: null });
    expect(row.userAgent).toBe("Mozilla/5.0 Firefox/140");
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(SESSION_LIFETIME_MS);
    expect(await userForSession(db(), session)).toMatchObject({
      id: user.id,
      sessionId: session.sessionId,
    });
  });

  it("refuses claims without a session id, with an unknown one, or with another user's", async () => {
    const a = await signedIn();
    const b = await signedIn();
    expect(await userForSession(db(), { ...a.session, sessionId: undefined })).toBeNull();
    expect(await userForSession(db(), { ...a.session, sessionId: "made-up" })).toBeNull();
    expect(await userForSession(db(), { ...a.session, sessionId: b.session.sessionId })).toBeNull();
  });

  it("refuses an expired session, and writes 'last seen' at most once a minute", async () => {
    const { session } = await signedIn();
    const row = await db().userSession.findUniqueOrThrow({ where: { id: session.sessionId } });
    const later = new Date(row.lastSeenAt.getTime() + 30_000);
    await userForSession(db(), session, undefined, later);
    expect(
      (await db().userSession.findUniqueOrThrow({ where: { id: session.sessionId } })).lastSeenAt,
    ).toEqual(row.lastSeenAt);
    const muchLater = new Date(row.lastSeenAt.getTime() + 5 * 60_000);
    expect(await userForSession(db(), session, undefined, muchLater)).not.toBeNull();
    expect(
      (await db().userSession.findUniqueOrThrow({ where: { id: session.sessionId } })).lastSeenAt,
    ).toEqual(muchLater);
    expect(await userForSession(db(), session, undefined, row.expiresAt)).toBeNull();
  });

  it("signing out ends the row: a copy of the cookie stops working", async () => {
    const { session } = await signedIn();
    expect(await endSession(db(), session.sessionId, "signed-out")).toBe(true);
    expect(await userForSession(db(), session)).toBeNull();
    const row = await db().userSession.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(row.endedReason).toBe("signed-out");
  });
});

describe("Your sessions", () => {
  it("lists one's live sessions, marks the current one, and signs one out", async () => {
    const { user, password, session, me } = await signedIn("VIEWER");
    const other = await signInAgain(user.email, password);
    const listed = await me.me.sessions();
    expect(listed.map((s) => [s.id, s.current])).toEqual(
      expect.arrayContaining([
        [session.sessionId, true],
        [other.sessionId, false],
      ]),
    );
    expect(listed).toHaveLength(2);

    expect(await me.me.endSession({ id: other.sessionId })).toEqual({ ended: 1 });
    expect(
      await userForSession(db(), {
        userId: user.id,
        sessionId: other.sessionId,
        authenticatedAt: Date.now(),
      }),
    ).toBeNull();
    expect(await userForSession(db(), session)).not.toBeNull();
    expect((await me.me.sessions()).map((s) => s.id)).toEqual([session.sessionId]);
    const audit = await db().auditLog.findFirstOrThrow({
      where: { actorId: user.id, action: "session.end" },
    });
    expect(audit.details).toEqual({ session: other.sessionId.slice(0, 8), current: false });
  });

  it("refuses to end another user's session or an ended one with one message, changing nothing", async () => {
    const a = await signedIn();
    const b = await signedIn();
    const error = await failure(a.me.me.endSession({ id: b.session.sessionId }));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe("Session not found");
    expect(await userForSession(db(), b.session)).not.toBeNull();
    await endSession(db(), a.session.sessionId, "signed-out");
    // The ended session itself can no longer be used, and a second end of it is refused alike.
    const again = callerFor(db(), { ...(await signInAgain(a.user.email, a.password)) });
    expect(await outcome(again.me.endSession({ id: a.session.sessionId }))).toBe("NOT_FOUND");
  });

  it("a copied session token stops working within 5 s of 'sign out everywhere'", async () => {
    const { user, password, session, me } = await signedIn();
    const laptop = await signInAgain(user.email, password);
    // The copy a thief took of the cookie: the same claims, presented from elsewhere.
    const copied = { ...session };
    expect(await userForSession(db(), copied)).not.toBeNull();

    const started = Date.now();
    expect(await me.me.endAllSessions()).toEqual({ ended: 2 });
    // Poll as a browser's requests would, for at most 5 s.
    let refusedAfter: number | null = null;
    while (Date.now() - started < 5_000) {
      if ((await userForSession(db(), copied)) === null) {
        refusedAfter = Date.now() - started;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(refusedAfter).not.toBeNull();
    expect(refusedAfter!).toBeLessThan(5_000);
    expect(
      await userForSession(db(), {
        userId: user.id,
        sessionId: laptop.sessionId,
        authenticatedAt: Date.now(),
      }),
    ).toBeNull();
    expect(
      await db().auditLog.count({ where: { actorId: user.id, action: "session.end.all" } }),
    ).toBe(1);
    // Signing in again works.
    expect((await authenticate(db(), { email: user.email, password }, null)).ok).toBe(true);
  });

  it("API tokens cannot list or end sessions", async () => {
    const { user } = await signedIn("ADMIN");
    const asToken = callerFor(
      db(),
      { id: user.id, email: user.email, name: user.name, role: "ADMIN" },
      { tokenName: "t", scopes: ["write"] },
    );
    expect(await outcome(asToken.me.sessions())).toBe("FORBIDDEN");
    expect(await outcome(asToken.me.endAllSessions())).toBe("FORBIDDEN");
    expect(await outcome(asToken.user.endSessions({ id: user.id }))).toBe("FORBIDDEN");
  });
});

describe("a session signed in before the change is refused afterwards", () => {
  it("an admin ends all of a user's sessions; the user can sign in again", async () => {
    const { user, password, session } = await signedIn();
    expect(await callerFor(db(), users.ADMIN).user.endSessions({ id: user.id })).toEqual({
      ended: 1,
    });
    expect(await userForSession(db(), session)).toBeNull();
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entityId: user.id, action: "user.sessions.end" },
    });
    expect(audit.details).toEqual({ ended: 1 });
    expect((await authenticate(db(), { email: user.email, password }, null)).ok).toBe(true);
    expect(await outcome(callerFor(db(), users.EDITOR).user.endSessions({ id: user.id }))).toBe(
      "FORBIDDEN",
    );
    expect(await outcome(callerFor(db(), users.ADMIN).user.endSessions({ id: "nobody" }))).toBe(
      "NOT_FOUND",
    );
  });

  it("deactivation by an admin", async () => {
    const { user, session } = await signedIn();
    expect(await userForSession(db(), session)).toMatchObject({ id: user.id });
    await callerFor(db(), users.ADMIN).user.deactivate({ id: user.id });
    expect(await userForSession(db(), session)).toBeNull();
    expect(
      (await db().userSession.findUniqueOrThrow({ where: { id: session.sessionId } })).endedReason,
    ).toBe("deactivated");
    // Activating again does not bring the old session back.
    await callerFor(db(), users.ADMIN).user.activate({ id: user.id });
    expect(await userForSession(db(), session)).toBeNull();
  });

  it("a password reset by an admin; a sign-in with the new password starts a valid session", async () => {
    const { user, session } = await signedIn();
    const { password } = await callerFor(db(), users.ADMIN).user.resetPassword({ id: user.id });
    expect(await userForSession(db(), session)).toBeNull();
    expect(
      (await db().userSession.findUniqueOrThrow({ where: { id: session.sessionId } })).endedReason,
    ).toBe("password-reset");
    const again = await authenticate(db(), { email: user.email, password }, null);
    if (!again.ok) throw new Error("sign-in failed");
    expect(
      await userForSession(db(), {
        userId: user.id,
        sessionId: again.sessionId,
        authenticatedAt: Date.now(),
      }),
    ).toMatchObject({ id: user.id });
  });

  it("changing one's own password ends that session too, and every other one", async () => {
    const { user, password, session, me } = await signedIn("VIEWER");
    const other = await signInAgain(user.email, password);
    expect(
      await outcome(
        me.me.changePassword({ currentPassword: password, newPassword: `${password}-changed` }),
      ),
    ).toBe("ok");
    expect(await userForSession(db(), session)).toBeNull();
    expect(
      await db().userSession.count({
        where: { id: { in: [session.sessionId, other.sessionId] }, endedReason: "password-change" },
      }),
    ).toBe(2);
  });
});
