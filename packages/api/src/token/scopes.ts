import type { CurrentUser } from "../current-user";

export const TOKEN_SCOPES = ["read:drafts", "write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/**
 * The user a token acts as: its owner, narrowed by the token's scopes, whichever is narrower.
 * - Without `write` the role is min(owner's role, VIEWER) = VIEWER, so every contributor, editor or
 *   admin procedure answers FORBIDDEN.
 * - With `write` the role is the owner's: a token never does more than its owner could.
 * Reading drafts is a separate permission (`read:drafts`), checked with `canReadDrafts`.
 */
export function effectiveUser(owner: CurrentUser, scopes: readonly string[]): CurrentUser {
  return { ...owner, role: scopes.includes("write") ? owner.role : "VIEWER" };
}

/**
 * Whether the caller may see unpublished records: any signed-in session may (every role reads drafts),
 * a token only with the `read:drafts` scope.
 */
export function canReadDrafts(ctx: {
  user: CurrentUser | null;
  scopes?: readonly string[];
}): boolean {
  if (ctx.user === null) return false;
  return ctx.scopes === undefined || ctx.scopes.includes("read:drafts");
}
