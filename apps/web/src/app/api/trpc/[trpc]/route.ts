import { apiLimitsOf, createApiHandler, createContext } from "@kz/api";

import { env } from "../../../../env";
import { db } from "../../../../server/db";

// The public API: every caller is anonymous (a token means nothing here), and counts against the
// public rate limit. Built on the first request, not when `next build` loads the module.
let handler: ((req: Request) => Promise<Response>) | undefined;

function handle(req: Request) {
  handler ??= createApiHandler({
    db,
    limits: apiLimitsOf(env),
    identify: async (_req, ip) => ({
      caller: { kind: "anonymous" },
      // The preview secret lets a program holding a preview link's token read that draft through
      // event.preview, as the documented contract says; without a valid token it reveals nothing.
      context: createContext({
        db,
        actor: null,
        siteUrl: env.PUBLIC_SITE_URL,
        ip,
        previewSecret: env.PREVIEW_SECRET,
      }),
    }),
  });
  return handler(req);
}

export { handle as GET, handle as POST };
