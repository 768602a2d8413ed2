import type { Db } from "@kz/db";

import type { CurrentUser } from "../current-user";
import type { Context } from "../context";
import type { Identified } from "../ratelimit/handler";
import { authenticateToken } from "../token/token.service";

export interface IdentifyCallerOptions {
  db: Db;
  /** The signed-in session's user (the admin reads next-auth's cookie), or null. */
  sessionUser: () => Promise<CurrentUser | null>;
  /** The app's context for a user (or nobody). */
  contextFor: (user: CurrentUser | null, ip: string | null) => Context;
}

/**
 * Who sent an admin API request: a Bearer API token if the request carries one (an invalid token
 * is refused, never silently replaced by the cookie session), else the signed-in session, else
 * nobody. Token calls count against the token's rate limit, anonymous ones against the public
 * limit; sessions are not limited.
 */
export async function identifyCaller(
  req: Request,
  ip: string | null,
  { db, sessionUser, contextFor }: IdentifyCallerOptions,
): Promise<Identified> {
  const authorization = req.headers.get("authorization");
  if (authorization) {
    const auth = await authenticateToken(db, authorization);
    if (!auth) return { caller: { kind: "anonymous" }, context: null };
    // authenticateToken has already narrowed the owner's role by the token's scopes.
    return {
      caller: { kind: "token", tokenId: auth.tokenId },
      context: { ...contextFor(auth.user, ip), tokenName: auth.tokenName, scopes: auth.scopes },
    };
  }
  const user = await sessionUser();
  return {
    caller: user ? { kind: "session" } : { kind: "anonymous" },
    context: contextFor(user, ip),
  };
}
