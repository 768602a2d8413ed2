import { apiLimitsOf, createApiHandler } from "@kz/api";

import { env } from "../../../../env";
import { db } from "../../../../server/db";
import { identifyPublicCaller } from "../../../../server/public-api";

// The public API: every caller is anonymous and counts against the public rate limit; a token is
// refused (server/public-api.ts). Built on the first request, not when `next build` loads the
// module.
let handler: ((req: Request) => Promise<Response>) | undefined;

function handle(req: Request) {
  handler ??= createApiHandler({ db, limits: apiLimitsOf(env), identify: identifyPublicCaller });
  return handler(req);
}

export { handle as GET, handle as POST };
