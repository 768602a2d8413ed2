import { apiLimitsOf, createApiHandler, createContext, tokenSentToPublicSite } from "@kz/api";

import { env } from "../../../../env";
import { db } from "../../../../server/db";

// The public API: every caller is anonymous and counts against the public rate limit. A request
// with a Bearer token is refused with the admin API's address (other schemes, such as a staging
// proxy's Basic auth, pass): a program that sent one meant the admin,
// and would otherwise get published records only, silently. Built on the first request, not when
// `next build` loads the module.
let handler: ((req: Request) => Promise<Response>) | undefined;

function handle(req: Request) {
  handler ??= createApiHandler({
    db,
    limits: apiLimitsOf(env),
    identify: async (req, ip) =>
      /^bearer\s/i.test(req.headers.get("authorization") ?? "")
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
          },
  });
  return handler(req);
}

export { handle as GET, handle as POST };
