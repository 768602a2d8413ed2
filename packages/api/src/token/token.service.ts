import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

import { Prisma, type ApiToken, type Db } from "@kz/db";

import type { Actor } from "../actor";
import { auditActor, writeAudit, type RequestOrigin } from "../audit/audit.service";
import { AppError, notFound } from "../errors";
import { effectiveActor } from "./scopes";
import type {
  TokenCreateInput,
  TokenCreateOutput,
  TokenIdInput,
  TokenListOutput,
  TokenOutput,
} from "./token.schema";

// kzr_<prefix>_<secret>: the prefix (12 hex characters) finds the row and is shown in lists; the
// secret (32 random bytes, base64url) is checked against its SHA-256. Only the prefix and hash are stored.
const TOKEN_PATTERN = /^kzr_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

/** lastUsedAt is written at most this often per token, not on every request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

const sha256 = (secret: string) => createHash("sha256").update(secret, "utf8").digest("hex");

export const toTokenOutput = (t: ApiToken): TokenOutput => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  scopes: t.scopes,
  expiresAt: t.expiresAt,
  revokedAt: t.revokedAt,
  lastUsedAt: t.lastUsedAt,
  createdAt: t.createdAt,
});

const isUniqueViolation = (e: unknown) =>
  e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/** A new token for the caller. The returned `token` is the only time the secret exists outside it. */
export async function createToken(
  db: Db,
  input: TokenCreateInput,
  actor: Actor,
  origin: RequestOrigin,
  now: Date = new Date(),
): Promise<TokenCreateOutput> {
  if (input.expiresAt && input.expiresAt <= now) {
    throw new AppError("BAD_REQUEST", "Pick an expiry in the future", {
      fieldErrors: { expiresAt: ["Pick an expiry in the future"] },
    });
  }
  if (input.scopes.includes("write") && actor.role === "VIEWER") {
    throw new AppError("BAD_REQUEST", "A viewer cannot write, so neither can their tokens", {
      fieldErrors: { scopes: ["The write scope needs the CONTRIBUTOR role or higher"] },
    });
  }
  // A clash of 48-bit prefixes is unlikely; a fresh one is drawn if it happens.
  for (let attempt = 1; ; attempt++) {
    const prefix = randomBytes(6).toString("hex");
    const secret = randomBytes(32).toString("base64url");
    try {
      const created = await db.$transaction(async (tx) => {
        const row = await tx.apiToken.create({
          data: {
            userId: actor.id,
            name: input.name,
            prefix,
            tokenHash: sha256(secret),
            scopes: input.scopes,
            expiresAt: input.expiresAt ?? null,
          },
        });
        await writeAudit(tx, {
          ...auditActor(actor, origin),
          action: "token.create",
          entityType: "API_TOKEN",
          entityId: row.id,
          details: {
            name: row.name,
            prefix: row.prefix,
            scopes: row.scopes,
            expiresAt: row.expiresAt?.toISOString() ?? null,
          },
        });
        return row;
      });
      return { ...toTokenOutput(created), token: `kzr_${prefix}_${secret}` };
    } catch (e) {
      if (!isUniqueViolation(e) || attempt >= 3) throw e;
    }
  }
}

/** The caller's own tokens, revoked and expired ones included, newest first. */
export async function listTokens(db: Db, _input: void, actor: Actor): Promise<TokenListOutput> {
  const rows = await db.apiToken.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(toTokenOutput);
}

/** Revokes one of the caller's tokens; revoking it again changes nothing. */
export async function revokeToken(
  db: Db,
  input: TokenIdInput,
  actor: Actor,
  origin: RequestOrigin,
  now: Date = new Date(),
): Promise<TokenOutput> {
  return db.$transaction(async (tx) => {
    // Another user's token is "not found", so ids cannot be probed.
    const token = await tx.apiToken.findFirst({ where: { id: input.id, userId: actor.id } });
    if (!token) throw notFound("Token");
    if (token.revokedAt) return toTokenOutput(token);
    const revoked = await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: now } });
    await writeAudit(tx, {
      ...auditActor(actor, origin),
      action: "token.revoke",
      entityType: "API_TOKEN",
      entityId: token.id,
      details: { name: token.name, prefix: token.prefix },
    });
    return toTokenOutput(revoked);
  });
}

export interface TokenAuthentication {
  /** The token's id: what its rate limit counts against. */
  tokenId: string;
  /** The owner, narrowed by the token's scopes (see effectiveActor). */
  actor: Actor;
  scopes: string[];
  tokenName: string;
}

/**
 * Resolves `Authorization: Bearer kzr_…` (with or without the "Bearer " part) to the actor it acts as:
 * null unless the token exists, the secret matches, it is neither revoked nor expired, and its owner
 * is active.
 */
export async function authenticateToken(
  db: Db,
  bearer: string,
  now: Date = new Date(),
): Promise<TokenAuthentication | null> {
  const match = TOKEN_PATTERN.exec(bearer.trim().replace(/^bearer\s+/i, ""));
  if (!match) return null;
  const [, prefix = "", secret = ""] = match;
  const token = await db.apiToken.findUnique({ where: { prefix }, include: { user: true } });
  if (!token) return null;
  const expected = Buffer.from(token.tokenHash, "hex");
  const given = Buffer.from(sha256(secret), "hex");
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (token.revokedAt || (token.expiresAt && token.expiresAt <= now) || !token.user.active) {
    return null;
  }
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    // Conditional, so parallel requests in the same minute write it once.
    await db.apiToken.updateMany({
      where: {
        id: token.id,
        OR: [
          { lastUsedAt: null },
          { lastUsedAt: { lte: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } },
        ],
      },
      data: { lastUsedAt: now },
    });
  }
  const { user } = token;
  const owner: Actor = { id: user.id, email: user.email, name: user.name, role: user.role };
  return {
    tokenId: token.id,
    actor: effectiveActor(owner, token.scopes),
    scopes: token.scopes,
    tokenName: token.name,
  };
}
