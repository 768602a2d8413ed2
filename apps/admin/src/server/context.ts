import "server-only";

import {
  apiLimitsOf,
  createContext,
  identifyCaller,
  siteRevalidator,
  type CurrentUser,
  type Context,
  type Identified,
} from "@kz/api";

import { env } from "../env";
import { getUser, relyingParty, twoFactorPolicy } from "./auth";
import { db } from "./db";

/** The context for a signed-in user: used by the route handler and the server-side caller alike. */
export function sessionContext(user: CurrentUser | null, ip: string | null): Context {
  return createContext({
    db,
    user,
    ip,
    siteUrl: env.PUBLIC_SITE_URL,
    previewSecret: env.PREVIEW_SECRET,
    revalidate: env.REVALIDATE_SECRET
      ? siteRevalidator(env.PUBLIC_SITE_URL, env.REVALIDATE_SECRET)
      : undefined,
    signInLimits: apiLimitsOf(env),
    twoFactorPolicy,
    reauthMaxAgeSeconds: env.REAUTH_MAX_AGE_SECONDS,
    relyingParty: relyingParty(),
  });
}

/** Who sent an admin API request: a token, else the signed-in session, else nobody. */
export function identifyRequest(req: Request, ip: string | null): Promise<Identified> {
  return identifyCaller(req, ip, { db, sessionUser: getUser, contextFor: sessionContext });
}
