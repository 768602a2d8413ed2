// Passkeys: registering (several, named), signing in with one alone or as the second factor, and
// every refusal of bad input (another user's or another origin's assertion, a counter that does
// not grow, a replayed or expired challenge): one message, nothing changed, audited.
import { makeUser } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { callerFor, currentUserOf, failure } from "../testing/admin-caller";
import { useTestDatabase } from "../testing/database";
import { PASSKEY_REFUSED_MESSAGE } from "./auth.schema";
import { relyingPartyOf } from "./config";
import { authenticate, authenticateWithPasskey } from "./login.service";
import { beginPasskeyAuthentication } from "./passkeys";
import { CHALLENGE_LIFETIME_MS } from "./webauthn-challenges";
import { SoftPasskey } from "./webauthn-test-authenticator";

const db = useTestDatabase("kz_passkeys");
const rp = relyingPartyOf("http://localhost:3001/");
const soft = { rpId: rp.id, origin: rp.origin };
const IP = "203.0.113.9";

/** A user with one registered passkey, through the account procedures. */
async function withPasskey(name = "Laptop") {
  const { user, password } = await makeUser(db(), { role: "EDITOR" });
  const me = callerFor(db(), currentUserOf(user), { relyingParty: rp });
  const passkey = new SoftPasskey(soft, user.id);
  const options = (await me.me.passkeys.registrationOptions()) as { challenge: string };
  const registered = await me.me.passkeys.register({
    name,
    response: passkey.attestation(options),
  });
  return { user, password, me, passkey, registered };
}

const signInOptions = async () =>
  (await beginPasskeyAuthentication(db(), rp, null)) as { challenge: string };

const audits = (userId: string, action: string) =>
  db().auditLog.findMany({ where: { entityId: userId, action } });
const sessionsOf = (userId: string) => db().userSession.count({ where: { userId } });

describe("registering passkeys", () => {
  it("keeps several per user, named, listed with their last use; rename and remove are audited", async () => {
    const { user, me, registered } = await withPasskey("Laptop");
    const second = new SoftPasskey(soft);
    const options = (await me.me.passkeys.registrationOptions()) as {
      rp: { id: string };
      excludeCredentials: { id: string }[];
      challenge: string;
    };
    // The RP ID is the admin's host, and a passkey already registered is not offered again.
    expect(options.rp.id).toBe("localhost");
    expect(options.excludeCredentials).toHaveLength(1);
    await me.me.passkeys.register({ name: "Phone", response: second.attestation(options) });
    const list = await me.me.passkeys.list();
    expect(list.map((p) => p.name)).toEqual(["Laptop", "Phone"]);
    expect(list[0]!.lastUsedAt).toBeNull();

    await me.me.passkeys.rename({ id: registered.id, name: "Work laptop" });
    await me.me.passkeys.remove({ id: list[1]!.id });
    expect((await me.me.passkeys.list()).map((p) => p.name)).toEqual(["Work laptop"]);
    expect(await audits(user.id, "passkey.register")).toHaveLength(2);
    expect(await audits(user.id, "passkey.rename")).toHaveLength(1);
    expect(await audits(user.id, "passkey.remove")).toHaveLength(1);
  });

  it("refuses an attestation for another origin, a replayed or an expired challenge, and keeps nothing", async () => {
    const { user } = await makeUser(db(), { role: "EDITOR" });
    const me = callerFor(db(), currentUserOf(user), { relyingParty: rp });
    const key = new SoftPasskey(soft);

    const foreign = (await me.me.passkeys.registrationOptions()) as { challenge: string };
    const elsewhere = await failure(
      me.me.passkeys.register({
        name: "Phished",
        response: key.attestation(foreign, { origin: "https://evil.example" }),
      }),
    );
    expect(elsewhere.message).toBe(PASSKEY_REFUSED_MESSAGE);

    const options = (await me.me.passkeys.registrationOptions()) as { challenge: string };
    await me.me.passkeys.register({ name: "Once", response: key.attestation(options) });
    const again = new SoftPasskey(soft);
    const replay = await failure(
      me.me.passkeys.register({ name: "Twice", response: again.attestation(options) }),
    );
    expect(replay.message).toBe(PASSKEY_REFUSED_MESSAGE);

    const stale = (await me.me.passkeys.registrationOptions()) as { challenge: string };
    await db().webAuthnChallenge.updateMany({
      where: { challenge: stale.challenge },
      data: { expiresAt: new Date(Date.now() - CHALLENGE_LIFETIME_MS) },
    });
    const late = await failure(
      me.me.passkeys.register({ name: "Late", response: again.attestation(stale) }),
    );
    expect(late.message).toBe(PASSKEY_REFUSED_MESSAGE);

    expect((await me.me.passkeys.list()).map((p) => p.name)).toEqual(["Once"]);
    expect(await audits(user.id, "passkey.register.failure")).toHaveLength(3);
  });
});

describe("signing in with a passkey alone", () => {
  it("starts a session, records the counter and the last use", async () => {
    const { user, passkey } = await withPasskey();
    const result = await authenticateWithPasskey(
      db(),
      passkey.assertion(await signInOptions()),
      IP,
      rp,
    );
    expect(result).toMatchObject({ ok: true, user: { id: user.id } });
    const stored = await db().passkey.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.counter).toBe(BigInt(passkey.counter));
    expect(stored.lastUsedAt).not.toBeNull();
    const success = await audits(user.id, "login.success");
    expect(success.at(-1)!.details).toMatchObject({ method: "passkey" });
  });

  it("refuses a replayed assertion, another origin's, and a counter that went backwards: nothing changes, each audited", async () => {
    const { user, passkey } = await withPasskey();
    const first = passkey.assertion(await signInOptions());
    expect((await authenticateWithPasskey(db(), first, IP, rp)).ok).toBe(true);
    const before = await db().passkey.findFirstOrThrow({ where: { userId: user.id } });
    const sessions = await sessionsOf(user.id);

    const replayed = await authenticateWithPasskey(db(), first, IP, rp);
    const foreign = await authenticateWithPasskey(
      db(),
      passkey.assertion(await signInOptions(), { origin: "https://evil.example" }),
      IP,
      rp,
    );
    const cloned = await authenticateWithPasskey(
      db(),
      passkey.assertion(await signInOptions(), { counter: 1 }),
      IP,
      rp,
    );
    for (const result of [replayed, foreign, cloned]) {
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    const after = await db().passkey.findFirstOrThrow({ where: { userId: user.id } });
    expect(after.counter).toBe(before.counter);
    expect(after.lastUsedAt).toEqual(before.lastUsedAt);
    expect(await sessionsOf(user.id)).toBe(sessions);
    const failures = await audits(user.id, "login.failure");
    expect(failures).toHaveLength(3);
    expect(failures.map((f) => (f.details as { reason: string }).reason).join(" | ")).toMatch(
      /challenge.*\|.*origin.*\|.*counter/i,
    );
  });

  it("refuses a passkey nobody registered, audited without a user", async () => {
    const stranger = new SoftPasskey(soft);
    const result = await authenticateWithPasskey(
      db(),
      stranger.assertion(await signInOptions()),
      "203.0.113.77",
      rp,
    );
    expect(result).toEqual({ ok: false, reason: "invalid" });
    const logged = await db().auditLog.findMany({
      where: { action: "login.failure", ip: "203.0.113.77" },
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]!.details).toMatchObject({ reason: "passkey: unknown passkey" });
  });
});

describe("a passkey as the second factor", () => {
  it("is asked for after the password, and only the account's own passkey is taken", async () => {
    const { user, password, passkey } = await withPasskey();
    const other = await withPasskey();
    const signIn = (assertion?: unknown) =>
      authenticate(db(), { email: user.email, password }, IP, new Date(), {
        passkey: assertion,
        relyingParty: rp,
      });
    expect(await signIn()).toEqual({ ok: false, reason: "second_factor" });

    const sessions = await sessionsOf(user.id);
    const foreign = await signIn(other.passkey.assertion(await signInOptions()));
    expect(foreign).toEqual({ ok: false, reason: "bad_code" });
    expect(await sessionsOf(user.id)).toBe(sessions);
    const failure = (await audits(user.id, "login.failure")).at(-1)!;
    expect(failure.details).toMatchObject({
      reason: "wrong second factor: another user's passkey",
    });

    const own = await signIn(passkey.assertion(await signInOptions()));
    expect(own).toMatchObject({ ok: true, user: { id: user.id } });
    expect((await audits(user.id, "login.success")).at(-1)!.details).toMatchObject({
      secondFactor: "passkey",
    });
  });
});

describe("the policy and an administrator's reset", () => {
  it("count a passkey as a second factor, and a reset removes the user's passkeys", async () => {
    const { user, password, passkey } = await withPasskey();
    const policy = { roles: ["EDITOR" as const], graceSignIns: 0 };
    const me = callerFor(db(), currentUserOf(user), { twoFactorPolicy: policy });
    expect(await me.me.twoFactor.status()).toMatchObject({
      passkeys: 1,
      held: false,
      graceSignInsLeft: null,
    });

    const { user: admin } = await makeUser(db(), { role: "ADMIN" });
    await callerFor(db(), currentUserOf(admin)).user.resetTwoFactor({ id: user.id });
    expect(await db().passkey.count({ where: { userId: user.id } })).toBe(0);
    // The old passkey no longer signs in; the password alone does (until the policy holds them).
    const refused = await authenticateWithPasskey(
      db(),
      passkey.assertion(await signInOptions()),
      IP,
      rp,
    );
    expect(refused).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(db(), { email: user.email, password }, IP)).toMatchObject({
      ok: true,
    });
  });
});
