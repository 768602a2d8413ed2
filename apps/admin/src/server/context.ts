import "server-only";

import {
  authenticateToken,
  createContext,
  siteRevalidator,
  type Actor,
  type Context,
} from "@kz/api";
import { TRPCError } from "@trpc/server";

import { env } from "../env";
import { getActor } from "./auth";
import { clientIp } from "./client-ip";
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
 * The tRPC context of one admin request: a Bearer API token if the request carries one (an invalid
 * token is refused, never silently replaced by the cookie session), else the signed-in session.
 */
export async function createRequestContext(headers: Headers): Promise<Context> {
  const ip = clientIp(headers.get("x-forwarded-for"));
  const authorization = headers.get("authorization");
  if (authorization) {
    const auth = await authenticateToken(db, authorization);
    if (!auth)
      throw new TRPCError({
        code: "UNAUTHORIZED",
        message: "Invalid, expired or revoked API token",
      });
    // authenticateToken has already narrowed the owner's role by the token's scopes.
    return { ...sessionContext(auth.actor, ip), tokenName: auth.tokenName, scopes: auth.scopes };
  }
  return sessionContext(await getActor(), ip);
}
