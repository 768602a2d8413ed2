// WebAuthn challenges live on the server: each is issued for one purpose (and, but for a
// discoverable sign-in, one user), expires after a few minutes and is deleted when used, so an
// assertion or attestation can be replayed never.
import { randomBytes } from "node:crypto";

import type { Db } from "@kz/db";

import type { Tx } from "../shared/tx";

export type ChallengePurpose = "registration" | "authentication";

/** How long a browser has to answer a challenge (the WebAuthn prompt's timeout, and a margin). */
export const CHALLENGE_LIFETIME_MS = 5 * 60_000;

/** A new challenge (base64url, 256 random bits), stored until used or expired. */
export async function issueChallenge(
  db: Db | Tx,
  purpose: ChallengePurpose,
  userId: string | null,
  now: Date,
): Promise<string> {
  const challenge = randomBytes(32).toString("base64url");
  // Anyone may ask for a sign-in challenge: expired ones go now, not in a job of their own.
  await db.webAuthnChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  await db.webAuthnChallenge.create({
    data: {
      id: randomBytes(12).toString("base64url"),
      challenge,
      purpose,
      userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + CHALLENGE_LIFETIME_MS),
    },
  });
  return challenge;
}

/** The challenge a browser's response signed (from its clientDataJSON), or null if unreadable. */
export function challengeOf(clientDataJSON: string): string | null {
  try {
    const data: unknown = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8"));
    const challenge = (data as { challenge?: unknown }).challenge;
    return typeof challenge === "string" ? challenge : null;
  } catch {
    return null;
  }
}

/**
 * Uses a challenge up: true when it was issued for this purpose (and this user, when one is
 * given and the challenge named one), had not expired and had not been used. A single conditional
 * delete, so of two requests with one challenge exactly one gets through.
 */
export async function consumeChallenge(
  db: Db | Tx,
  challenge: string,
  purpose: ChallengePurpose,
  userId: string | null,
  now: Date,
): Promise<boolean> {
  const { count } = await db.webAuthnChallenge.deleteMany({
    where: {
      challenge,
      purpose,
      expiresAt: { gt: now },
      ...(userId ? { OR: [{ userId }, { userId: null }] } : { userId: null }),
    },
  });
  return count === 1;
}
