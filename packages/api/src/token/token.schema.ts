import { z } from "zod";

import { TOKEN_SCOPES } from "./scopes";

export const tokenScopeInput = z.enum(TOKEN_SCOPES);

/** A token made without an expiry lives this long; none lives longer than the maximum. */
export const TOKEN_DEFAULT_LIFETIME_DAYS = 90;
export const TOKEN_MAX_LIFETIME_DAYS = 365;

/**
 * Why a token stopped working before its expiry: its owner or an admin revoked it, or the owner's
 * password changed (by them or by an admin's reset) or their account was deactivated — a token must
 * not outlive the password that made it.
 */
export const TOKEN_REVOKE_REASONS = [
  "owner",
  "admin",
  "password-change",
  "password-reset",
  "deactivated",
] as const;
export type TokenRevokeReason = (typeof TOKEN_REVOKE_REASONS)[number];

export const tokenCreateInput = z.object({
  name: z.string().trim().min(1, "Name the token").max(100),
  scopes: z
    .array(tokenScopeInput)
    .max(10)
    .transform((scopes) => [...new Set(scopes)].sort()),
  /**
   * When the token stops working: in the future, and at most TOKEN_MAX_LIFETIME_DAYS away. Left out,
   * TOKEN_DEFAULT_LIFETIME_DAYS from now.
   */
  expiresAt: z.coerce.date().optional(),
});
export type TokenCreateInput = z.infer<typeof tokenCreateInput>;

export const tokenIdInput = z.object({ id: z.string().min(1).max(64) });
export type TokenIdInput = z.infer<typeof tokenIdInput>;

export const tokenOutput = z.object({
  id: z.string(),
  name: z.string(),
  /** Recognises the token: it starts with `kzr_<prefix>_`. */
  prefix: z.string(),
  scopes: z.array(z.string()),
  expiresAt: z.date(),
  revokedAt: z.date().nullable(),
  revokedReason: z.enum(TOKEN_REVOKE_REASONS).nullable(),
  lastUsedAt: z.date().nullable(),
  createdAt: z.date(),
});
export type TokenOutput = z.infer<typeof tokenOutput>;

/** The caller's own tokens, newest first. */
export const tokenListOutput = z.array(tokenOutput);
export type TokenListOutput = z.infer<typeof tokenListOutput>;

/** The new token with its secret, which is shown this once and never again. */
export const tokenCreateOutput = tokenOutput.extend({ token: z.string() });
export type TokenCreateOutput = z.infer<typeof tokenCreateOutput>;

/** An admin's view of every user's tokens: by owner, and whether they still work. */
export const tokenAdminListInput = z.object({
  userId: z.string().min(1).max(64).optional(),
  /** "active": neither revoked nor expired. */
  state: z.enum(["active", "all"]).default("active"),
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type TokenAdminListInput = z.infer<typeof tokenAdminListInput>;

export const tokenWithOwnerOutput = tokenOutput.extend({
  owner: z.object({ id: z.string(), email: z.string(), name: z.string() }),
});
export type TokenWithOwnerOutput = z.infer<typeof tokenWithOwnerOutput>;

export const tokenAdminListOutput = z.object({
  items: z.array(tokenWithOwnerOutput),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
});
export type TokenAdminListOutput = z.infer<typeof tokenAdminListOutput>;

/** The owner says they know of these new tokens (see the sign-in notice). */
export const tokenDismissNoticesInput = z.object({
  ids: z.array(z.string().min(1).max(64)).min(1).max(100),
});
export type TokenDismissNoticesInput = z.infer<typeof tokenDismissNoticesInput>;
export const tokenDismissNoticesOutput = z.object({ dismissed: z.number().int() });
