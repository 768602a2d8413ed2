// Passkeys (WebAuthn credentials): registering several per user, naming, listing, removing, and
// checking an assertion for sign-in, as a second factor or alone, and for re-authentication.
import type { Db, Passkey } from "@kz/db";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticatorTransport,
} from "@simplewebauthn/server";

import type { CurrentUser } from "../current-user";
import { writeAudit, type RequestOrigin } from "../audit/audit.service";
import { accountAudit } from "./account-audit";
import { AppError, notFound } from "../errors";
import type { Tx } from "../shared/tx";
import {
  PASSKEY_REFUSED_MESSAGE,
  passkeyAssertion,
  type PasskeyIdInput,
  type PasskeyOutput,
  type PasskeyRegisterInput,
  type PasskeyRenameInput,
} from "./auth.schema";
import type { RelyingParty } from "./config";
import { challengeOf, consumeChallenge, issueChallenge } from "./webauthn-challenges";

/** At most this many passkeys per user (a list a person can still read). */
export const MAX_PASSKEYS = 20;

const toOutput = (p: Passkey): PasskeyOutput => ({
  id: p.id,
  name: p.name,
  createdAt: p.createdAt,
  lastUsedAt: p.lastUsedAt,
});

// The library base64url-encodes the bytes it is given (a string it would take as text first), so
// the options carry exactly the challenge stored.
const challengeBytes = (challenge: string) => new Uint8Array(Buffer.from(challenge, "base64url"));

const refused = () => new AppError("BAD_REQUEST", PASSKEY_REFUSED_MESSAGE);

export async function listPasskeys(db: Db, actor: CurrentUser): Promise<PasskeyOutput[]> {
  const rows = await db.passkey.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toOutput);
}

/** Options for registering a new passkey: a discoverable credential, none of the user's again. */
export async function beginPasskeyRegistration(
  db: Db,
  actor: CurrentUser,
  rp: RelyingParty,
  now: Date = new Date(),
): Promise<Record<string, unknown>> {
  const existing = await db.passkey.findMany({ where: { userId: actor.id } });
  if (existing.length >= MAX_PASSKEYS) {
    throw new AppError("CONFLICT", `You have ${MAX_PASSKEYS} passkeys: remove one first.`);
  }
  const challenge = await issueChallenge(db, "registration", actor.id, now);
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: actor.email,
    userDisplayName: actor.name,
    userID: new TextEncoder().encode(actor.id),
    challenge: challengeBytes(challenge),
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({
      id: p.credentialId,
      transports: p.transports as AuthenticatorTransport[],
    })),
    authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
  });
  return options as unknown as Record<string, unknown>;
}

/** Checks the browser's attestation against the stored challenge and keeps the new passkey. */
export async function finishPasskeyRegistration(
  db: Db,
  input: PasskeyRegisterInput,
  actor: CurrentUser,
  origin: RequestOrigin,
  rp: RelyingParty,
  now: Date = new Date(),
): Promise<PasskeyOutput> {
  const audit = accountAudit(actor, origin, actor.id);
  const fail = async (reason: string) => {
    await writeAudit(db, { ...audit, action: "passkey.register.failure", details: { reason } });
    return refused();
  };
  const challenge = challengeOf(input.response.response.clientDataJSON);
  if (!challenge || !(await consumeChallenge(db, challenge, "registration", actor.id, now))) {
    throw await fail("unknown, expired or used challenge");
  }
  let verified;
  try {
    verified = await verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: false,
    });
  } catch (error) {
    throw await fail(error instanceof Error ? error.message.slice(0, 200) : "unreadable");
  }
  if (!verified.verified) throw await fail("not verified");
  const { credential } = verified.registrationInfo;
  if (await db.passkey.findUnique({ where: { credentialId: credential.id } })) {
    throw await fail("credential already registered");
  }
  return db.$transaction(async (tx) => {
    const created = await tx.passkey.create({
      data: {
        userId: actor.id,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey),
        counter: BigInt(credential.counter),
        transports: input.response.response.transports ?? credential.transports ?? [],
        name: input.name,
        createdAt: now,
      },
    });
    await writeAudit(tx, { ...audit, action: "passkey.register", details: { name: input.name } });
    return toOutput(created);
  });
}

export async function renamePasskey(
  db: Db,
  input: PasskeyRenameInput,
  actor: CurrentUser,
  origin: RequestOrigin,
): Promise<PasskeyOutput> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.passkey.updateMany({
      where: { id: input.id, userId: actor.id },
      data: { name: input.name },
    });
    if (count === 0) throw notFound("Passkey");
    await writeAudit(tx, {
      ...accountAudit(actor, origin, actor.id),
      action: "passkey.rename",
      details: { name: input.name },
    });
    return toOutput(await tx.passkey.findUniqueOrThrow({ where: { id: input.id } }));
  });
}

export async function removePasskey(
  db: Db,
  input: PasskeyIdInput,
  actor: CurrentUser,
  origin: RequestOrigin,
): Promise<{ removed: true }> {
  return db.$transaction(async (tx) => {
    const passkey = await tx.passkey.findFirst({ where: { id: input.id, userId: actor.id } });
    if (!passkey) throw notFound("Passkey");
    await tx.passkey.delete({ where: { id: passkey.id } });
    await writeAudit(tx, {
      ...accountAudit(actor, origin, actor.id),
      action: "passkey.remove",
      details: { name: passkey.name },
    });
    return { removed: true as const };
  });
}

/**
 * Options for a passkey prompt. Without a user (the sign-in page): any discoverable passkey of this
 * site, so the page tells no one which accounts have passkeys. With one (re-authentication): theirs.
 */
export async function beginPasskeyAuthentication(
  db: Db,
  rp: RelyingParty,
  user: { id: string } | null,
  now: Date = new Date(),
): Promise<Record<string, unknown>> {
  const challenge = await issueChallenge(db, "authentication", user?.id ?? null, now);
  const allowCredentials = user
    ? (await db.passkey.findMany({ where: { userId: user.id } })).map((p) => ({
        id: p.credentialId,
        transports: p.transports as AuthenticatorTransport[],
      }))
    : [];
  const options = await generateAuthenticationOptions({
    rpID: rp.id,
    challenge: challengeBytes(challenge),
    allowCredentials,
    userVerification: "preferred",
  });
  return options as unknown as Record<string, unknown>;
}

/** A checked assertion, not yet used: `usePasskey` records it in the change it authorises. */
export type CheckedAssertion =
  | { ok: true; passkey: Passkey; newCounter: number }
  | { ok: false; reason: string; userId: string | null };

/**
 * Checks a browser's assertion: its challenge (issued here, unexpired, unused — used up now), the
 * passkey (registered, and `userId`'s when given), the signature over this RP ID and origin, and
 * the counter (one that does not grow is refused: a cloned authenticator). Nothing else changes.
 */
export async function checkPasskeyAssertion(
  db: Db,
  raw: unknown,
  rp: RelyingParty,
  expect: { userId?: string; requireUserVerification?: boolean },
  now: Date = new Date(),
): Promise<CheckedAssertion> {
  const parsed = passkeyAssertion.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "malformed assertion", userId: null };
  const response = parsed.data;
  const passkey = await db.passkey.findUnique({ where: { credentialId: response.id } });
  const userId = passkey?.userId ?? null;
  const challenge = challengeOf(response.response.clientDataJSON);
  const challengeOk =
    challenge !== null &&
    (await consumeChallenge(db, challenge, "authentication", expect.userId ?? null, now));
  if (!challengeOk) return { ok: false, reason: "unknown, expired or used challenge", userId };
  if (!passkey) return { ok: false, reason: "unknown passkey", userId };
  if (expect.userId && passkey.userId !== expect.userId) {
    return { ok: false, reason: "another user's passkey", userId: expect.userId };
  }
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: {
        id: passkey.credentialId,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: Number(passkey.counter),
        transports: passkey.transports as AuthenticatorTransport[],
      },
      requireUserVerification: expect.requireUserVerification ?? false,
    });
    if (!result.verified) return { ok: false, reason: "not verified", userId };
    return { ok: true, passkey, newCounter: result.authenticationInfo.newCounter };
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 200) : "unreadable";
    return { ok: false, reason, userId };
  }
}

/**
 * Records a checked assertion's use inside the change it authorises: the new counter and the time.
 * Conditional on the counter read when checking, so two requests with one assertion cannot both
 * pass; false when another got there first.
 */
export async function usePasskey(
  tx: Tx | Db,
  checked: Extract<CheckedAssertion, { ok: true }>,
  now: Date,
): Promise<boolean> {
  const { count } = await tx.passkey.updateMany({
    where: { id: checked.passkey.id, counter: checked.passkey.counter },
    data: { counter: BigInt(checked.newCounter), lastUsedAt: now },
  });
  return count === 1;
}
