import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

import type { ApiToken, Db, Prisma } from "@kz/db";

import type { CurrentUser } from "../current-user";
import { auditActor, writeAudit, type RequestOrigin } from "../audit/audit.service";
import { accountAudit } from "../auth/account-audit";
import { AppError, notFound } from "../errors";
import { effectiveUser } from "./scopes";
import { decodeCursor, pageOf } from "../shared/pagination";
import { isUniqueViolation } from "../shared/tx";
import {
  TOKEN_DEFAULT_LIFETIME_DAYS,
  TOKEN_MAX_LIFETIME_DAYS,
  type TokenAdminListInput,
  type TokenAdminListOutput,
  type TokenCreateInput,
  type TokenCreateOutput,
  type TokenDismissNoticesInput,
  type TokenIdInput,
  type TokenListOutput,
  type TokenOutput,
  type TokenRevokeReason,
  type TokenWithOwnerOutput,
} from "./token.schema";

// kzr_<prefix>_<secret>: the prefix (12 hex characters) finds the row and is shown in lists; the
// secret (32 random bytes, base64url) is checked against its SHA-256. Only the prefix and hash are stored.
const TOKEN_PATTERN = /^kzr_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

/** lastUsedAt is written at most this often per token, not on every request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

const sha256 = (secret: string) => createHash("sha256").update(secret, "utf8").digest("hex");

const DAY_MS = 24 * 60 * 60 * 1000;

export const toTokenOutput = (t: ApiToken): TokenOutput => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  scopes: t.scopes,
  expiresAt: t.expiresAt,
  revokedAt: t.revokedAt,
  revokedReason: (t.revokedReason as TokenRevokeReason | null) ?? null,
  lastUsedAt: t.lastUsedAt,
  createdAt: t.createdAt,
});

/** A new token for the caller. The returned `token` is the only time the secret exists outside it. */
export async function createToken(
  db: Db,
  input: TokenCreateInput,
  actor: CurrentUser,
  origin: RequestOrigin,
  now: Date = new Date(),
): Promise<TokenCreateOutput> {
  const expiresAt =
    input.expiresAt ?? new Date(now.getTime() + TOKEN_DEFAULT_LIFETIME_DAYS * DAY_MS);
  if (expiresAt <= now) {
    throw new AppError("BAD_REQUEST", "Pick an expiry in the future", {
      fieldErrors: { expiresAt: ["Pick an expiry in the future"] },
    });
  }
  if (expiresAt.getTime() > now.getTime() + TOKEN_MAX_LIFETIME_DAYS * DAY_MS) {
    const message = `A token lives at most ${TOKEN_MAX_LIFETIME_DAYS} days: pick an earlier expiry`;
    throw new AppError("BAD_REQUEST", message, { fieldErrors: { expiresAt: [message] } });
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
            expiresAt,
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
            expiresAt: row.expiresAt.toISOString(),
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
export async function listTokens(db: Db, actor: CurrentUser): Promise<TokenListOutput> {
  const rows = await db.apiToken.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(toTokenOutput);
}

/** Revokes one of the caller's tokens; revoking it again changes nothing. */
export function revokeToken(
  db: Db,
  input: TokenIdInput,
  actor: CurrentUser,
  origin: RequestOrigin,
  now: Date = new Date(),
): Promise<TokenOutput> {
  // Another user's token is "not found", so ids cannot be probed.
  return revokeOne(db, { id: input.id, userId: actor.id }, "owner", actor, origin, now);
}

/** An admin revokes any user's token (a stolen one, a departed colleague's script). */
export async function adminRevokeToken(
  db: Db,
  input: TokenIdInput,
  actor: CurrentUser,
  origin: RequestOrigin,
  now: Date = new Date(),
): Promise<TokenWithOwnerOutput> {
  await revokeOne(db, { id: input.id }, "admin", actor, origin, now);
  const row = await db.apiToken.findUniqueOrThrow({
    where: { id: input.id },
    include: { user: { select: OWNER } },
  });
  return { ...toTokenOutput(row), owner: row.user };
}

async function revokeOne(
  db: Db,
  where: Prisma.ApiTokenWhereInput,
  reason: TokenRevokeReason,
  actor: CurrentUser,
  origin: RequestOrigin,
  now: Date,
): Promise<TokenOutput> {
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where });
    if (!token) throw notFound("Token");
    if (token.revokedAt) return toTokenOutput(token);
    const revoked = await tx.apiToken.update({
      where: { id: token.id },
      data: { revokedAt: now, revokedReason: reason },
    });
    await writeAudit(tx, {
      ...auditActor(actor, origin),
      action: "token.revoke",
      entityType: "API_TOKEN",
      entityId: token.id,
      details: { name: token.name, prefix: token.prefix, ownerId: token.userId, reason },
    });
    return toTokenOutput(revoked);
  });
}

/**
 * Revokes every token of `userId` that still works, inside the caller's transaction: a changed or
 * reset password and a deactivation end the account's tokens with its sessions, so a token minted
 * with a stolen password dies with it. Returns how many were revoked (the caller audits it).
 */
export async function revokeTokensOf(
  tx: Prisma.TransactionClient,
  userId: string,
  reason: TokenRevokeReason,
  now: Date,
): Promise<number> {
  const { count } = await tx.apiToken.updateMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    data: { revokedAt: now, revokedReason: reason },
  });
  return count;
}

const OWNER = { id: true, email: true, name: true } as const;

/** Every user's tokens for an admin, newest first: by owner, working ones only unless asked. */
export async function listAllTokens(
  db: Db,
  input: TokenAdminListInput,
  now: Date = new Date(),
): Promise<TokenAdminListOutput> {
  const cursorId = input.cursor ? decodeCursor(input.cursor) : undefined;
  const where: Prisma.ApiTokenWhereInput = {
    ...(input.userId ? { userId: input.userId } : {}),
    ...(input.state === "active" ? { revokedAt: null, expiresAt: { gt: now } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.apiToken.findMany({
      where,
      include: { user: { select: OWNER } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: input.limit + 1,
      ...(cursorId ? { cursor: { id: cursorId }, skip: 1 } : {}),
    }),
    db.apiToken.count({ where }),
  ]);
  const { page, nextCursor } = pageOf(rows, input.limit);
  return {
    items: page.map((row) => ({ ...toTokenOutput(row), owner: row.user })),
    nextCursor,
    total,
  };
}

/**
 * Tokens the owner has not yet been told of: made before this session signed in (so by another
 * session, or before the owner's last sign-in), still working, and not dismissed. A token made
 * from a stolen session is shown to the real owner on their next sign-in.
 */
export async function pendingTokenNotices(
  db: Db,
  userId: string,
  signedInAt: Date,
  now: Date = new Date(),
): Promise<TokenOutput[]> {
  const rows = await db.apiToken.findMany({
    where: {
      userId,
      noticeDismissedAt: null,
      revokedAt: null,
      expiresAt: { gt: now },
      createdAt: { lt: signedInAt },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 20,
  });
  return rows.map(toTokenOutput);
}

/** The owner has seen the notice of these tokens of theirs; others' ids are ignored. */
export async function dismissTokenNotices(
  db: Db,
  input: TokenDismissNoticesInput,
  actor: CurrentUser,
  origin: RequestOrigin,
  now: Date = new Date(),
): Promise<{ dismissed: number }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id: { in: input.ids }, userId: actor.id, noticeDismissedAt: null },
      data: { noticeDismissedAt: now },
    });
    if (count > 0) {
      await writeAudit(tx, {
        ...accountAudit(actor, origin, actor.id),
        action: "token.notice.dismiss",
        details: { tokens: count },
      });
    }
    return { dismissed: count };
  });
}

export interface TokenAuthentication {
  /** The token's id: what its rate limit counts against. */
  tokenId: string;
  /** The owner, narrowed by the token's scopes (see effectiveUser). */
  user: CurrentUser;
  scopes: string[];
  tokenName: string;
}

/**
 * Resolves `Authorization: Bearer kzr_…` (with or without the "Bearer " part) to the user it acts as:
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
  if (token.revokedAt || token.expiresAt <= now || !token.user.active) {
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
  const owner: CurrentUser = { id: user.id, email: user.email, name: user.name, role: user.role };
  return {
    tokenId: token.id,
    user: effectiveUser(owner, token.scopes),
    scopes: token.scopes,
    tokenName: token.name,
  };
}
