// Re-authentication for sensitive actions, notices since the last visit, and the audit of a
// revoked session's cookie used again.
import { makeUser } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { callerFor, failure } from "../testing/admin-caller";
import { useTestDatabase } from "../testing/database";
import { REAUTH_REFUSED_MESSAGE, REAUTH_REQUIRED_MESSAGE } from "./auth.schema";
import { relyingPartyOf } from "./config";
import { authenticate } from "./login.service";
import { endSession, userForSession } from "./sessions";
import { SoftPasskey } from "./webauthn-test-authenticator";

const db = useTestDatabase("kz_reauth");
const rp = relyingPartyOf("http://localhost:3001");
const MAX_AGE = 60;

/** A signed-in ADMIN session, as the admin resolves it on each request. */
async function signedIn(userAgent = "Firefox/1") {
  const { user, password } = await makeUser(db(), { role: "ADMIN" });
  const result = await authenticate(
    db(),
    { email: user.email, password },
    "203.0.113.5",
    new Date(),
    {
      userAgent,
    },
  );
  if (!result.ok) throw new Error("sign-in failed");
  const claims = { userId: user.id, sessionId: result.sessionId, authenticatedAt: Date.now() };
  const current = async () => (await userForSession(db(), claims))!;
  const caller = async () =>
    callerFor(db(), await current(), { reauthMaxAgeSeconds: MAX_AGE, relyingParty: rp });
  return { user, password, sessionId: result.sessionId, claims, current, caller };
}

const age = (sessionId: string, seconds: number) =>
  db().userSession.update({
    where: { id: sessionId },
    data: { reauthenticatedAt: new Date(Date.now() - seconds * 1000) },
  });

describe("sensitive actions", () => {
  it("go ahead within the limit, and after it ask again, with reauthRequired, changing nothing", async () => {
    const { sessionId, caller } = await signedIn();
    const { user: target } = await makeUser(db(), { role: "VIEWER" });
    await (await caller()).token.create({ name: "fresh", scopes: [] });

    await age(sessionId, MAX_AGE + 1);
    const me = await caller();
    for (const call of [
      me.token.create({ name: "stale", scopes: [] }),
      me.user.update({ id: target.id, role: "ADMIN" }),
      me.user.resetPassword({ id: target.id }),
      me.user.resetTwoFactor({ id: target.id }),
      me.me.twoFactor.begin(),
      me.me.passkeys.registrationOptions(),
    ]) {
      const refused = await failure(call);
      expect(refused.code).toBe("FORBIDDEN");
      expect(refused.message).toBe(REAUTH_REQUIRED_MESSAGE);
    }
    expect(await db().apiToken.count({ where: { name: "stale" } })).toBe(0);
    expect((await db().user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("VIEWER");
    // Purging from the trash too; the record stays.
    const place = await me.place.admin.create({ name: "Place to purge", otherNames: [] });
    await me.place.admin.trash({ id: place.id, expectedVersion: 1 });
    const purge = await failure(me.place.admin.purge({ id: place.id, expectedVersion: 2 }));
    expect(purge.message).toBe(REAUTH_REQUIRED_MESSAGE);
    expect(await db().place.findUnique({ where: { id: place.id } })).not.toBeNull();
    // Not sensitive: reading and ordinary work go on.
    await me.me.sessions();
  });

  it("go ahead again after the password is given; a wrong one is refused, counted and audited", async () => {
    const { user, password, sessionId, caller } = await signedIn();
    await age(sessionId, MAX_AGE + 1);
    const wrong = await failure((await caller()).me.reauthenticate({ password: "not it" }));
    expect(wrong.message).toBe(REAUTH_REFUSED_MESSAGE);
    expect(await db().signInLock.count({ where: { userId: user.id } })).toBe(1);
    expect(
      await db().auditLog.count({ where: { entityId: user.id, action: "session.reauth.failure" } }),
    ).toBe(1);

    await (await caller()).me.reauthenticate({ password });
    await (await caller()).token.create({ name: "after", scopes: [] });
    const audited = await db().auditLog.findFirst({
      where: { entityId: user.id, action: "session.reauth" },
    });
    expect(audited?.details).toMatchObject({ method: "password" });
  });

  it("take a passkey as the proof, and refuse a replayed one", async () => {
    const { user, sessionId, caller } = await signedIn();
    const me = await caller();
    const passkey = new SoftPasskey({ rpId: rp.id, origin: rp.origin });
    const reg = (await me.me.passkeys.registrationOptions()) as { challenge: string };
    await me.me.passkeys.register({ name: "Key", response: passkey.attestation(reg) });
    await age(sessionId, MAX_AGE + 1);

    const options = (await (await caller()).me.reauthOptions()) as {
      challenge: string;
      allowCredentials: { id: string }[];
    };
    expect(options.allowCredentials.map((c) => c.id)).toEqual([passkey.id]);
    const assertion = passkey.assertion(options);
    await (await caller()).me.reauthenticate({ passkey: assertion });
    await age(sessionId, MAX_AGE + 1);
    const replay = await failure((await caller()).me.reauthenticate({ passkey: assertion }));
    expect(replay.message).toBe(REAUTH_REFUSED_MESSAGE);
    const failed = await db().auditLog.findFirst({
      where: { entityId: user.id, action: "session.reauth.failure" },
    });
    expect(failed?.details).toMatchObject({ reason: expect.stringMatching(/challenge/) });
  });
});

describe("a revoked session's cookie", () => {
  it("is refused, and audited once per session, not once per request", async () => {
    const { user, sessionId, claims } = await signedIn();
    expect(await endSession(db(), sessionId, "ended-by-user")).toBe(true);
    for (let i = 0; i < 3; i++) expect(await userForSession(db(), claims)).toBeNull();
    const audited = await db().auditLog.findMany({
      where: { entityId: user.id, action: "session.revoked.use" },
    });
    expect(audited).toHaveLength(1);
    expect(audited[0]!.details).toMatchObject({ endedReason: "ended-by-user" });
  });
});

describe("notices since the last visit", () => {
  it("tell of a sign-in from a new device and second-factor changes, until dismissed", async () => {
    const { user, password, caller } = await signedIn("Firefox/1");
    const me = await caller();
    // Another sign-in from the same browser is no new device; one from another browser is.
    for (const userAgent of ["Firefox/1", "Chrome/2"]) {
      await authenticate(db(), { email: user.email, password }, "203.0.113.6", new Date(), {
        userAgent,
      });
    }
    const passkey = new SoftPasskey({ rpId: rp.id, origin: rp.origin });
    const reg = (await me.me.passkeys.registrationOptions()) as { challenge: string };
    await me.me.passkeys.register({ name: "Key", response: passkey.attestation(reg) });
    const notices = await me.me.notices();
    expect(notices.map((n) => n.kind).sort()).toEqual(["new-device", "second-factor"]);
    expect(notices.find((n) => n.kind === "new-device")!.text).toContain("Chrome/2");

    await me.me.dismissNotices();
    expect(await me.me.notices()).toEqual([]);
  });
});
