import "server-only";

import {
  authenticateToken,
  createContext,
  siteRevalidator,
  type Actor,
  type Context,
  type Identified,
} from "@kz/api";

import { env } from "../env";
import { getActor } from "./auth";
import { db } from "./db";

/** The context for a session actor: used by the route handler and the server-side caller alike. */
export function sessionContext(actor: Actor | null, ip: string | null): Context {
  return createContext({
    db,
    actor,
    ip,
    siteUrl: env.PUBLIC_SITE_URL,
    previewSecret: env.REVALIDATE_SECRET,
    revalidate: env.REVALIDATE_SECRET
      ? siteRevalidator(env.PUBLIC_SITE_URL, env.REVALIDATE_SECRET)
      : undefined,
  });
}

/**
 * Who sent an admin API request: a Bearer API token if the request carries one (an invalid token
 * is refused, never silently replaced by the cookie session), else the signed-in session, else
 * nobody. Token calls count against the token's rate limit, anonymous ones against the public
 * limit; sessions are not limited.
 */
export async function identifyRequest(req: Request, ip: string | null): Promise<Identified> {
  const authorization = req.headers.get("authorization");
  if (authorization) {
    const auth = await authenticateToken(db, authorization);
    if (!auth) return { caller: { kind: "anonymous" }, context: null };
    // authenticateToken has already narrowed the owner's role by the token's scopes.
    return {
      caller: { kind: "token", tokenId: auth.tokenId },
      context: {
        ...sessionContext(auth.actor, ip),
        tokenName: auth.tokenName,
        scopes: auth.scopes,
      },
    };
  }
  const actor = await getActor();
  return {
    caller: actor ? { kind: "session" } : { kind: "anonymous" },
    context: sessionContext(actor, ip),
  };
}
