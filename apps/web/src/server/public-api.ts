import "server-only";

import { createContext, tokenSentToPublicSite, type Identified } from "@kz/api";

import { env } from "../env";
import { db } from "./db";

/**
 * Who calls the public site's APIs (tRPC at /api/trpc, REST at /api/v1): always anonymous, each
 * call counted against the public rate limit. A request with a Bearer token is refused with the
 * admin API's address (other schemes, such as a staging proxy's Basic auth, pass): a program that
 * sent one meant the admin, and would otherwise get published records only, silently.
 */
export async function identifyPublicCaller(req: Request, ip: string | null): Promise<Identified> {
  return /^bearer\s/i.test(req.headers.get("authorization") ?? "")
    ? {
        caller: { kind: "anonymous" },
        context: null,
        refusal: tokenSentToPublicSite(env.ADMIN_URL),
      }
    : {
        caller: { kind: "anonymous" },
        // The preview secret lets a program holding a preview link's token read that draft
        // through event.preview, as the documented contract says; without a valid token it
        // reveals nothing.
        context: createContext({
          db,
          user: null,
          siteUrl: env.PUBLIC_SITE_URL,
          ip,
          previewSecret: env.PREVIEW_SECRET,
        }),
      };
}
