import { apiLimitsOf } from "@kz/api";
import { createRestHandler } from "@kz/api/rest";
import { withDataPolicy } from "@kz/api/security";

import { env } from "../../../../env";
import { db } from "../../../../server/db";
import { identifyPublicCaller } from "../../../../server/public-api";

// The public reads as plain REST (`GET /api/v1/events?topic=protests`), derived from the API's
// collection registry: packages/api/src/rest. Anonymous and rate-limited like /api/trpc; a token is
// refused the same way. Built on the first request, not when `next build` loads the module.
let handler: ((req: Request) => Promise<Response>) | undefined;

// The proxy (src/proxy.ts) leaves /api/v1 alone, to keep each read cheap: its security policy is
// set here (next.config.ts adds the fixed headers).
async function handle(req: Request) {
  handler ??= createRestHandler({ db, limits: apiLimitsOf(env), identify: identifyPublicCaller });
  return withDataPolicy(await handler(req), { https: env.PUBLIC_SITE_URL.startsWith("https:") });
}

export { handle as GET, handle as HEAD, handle as OPTIONS, handle as POST, handle as PUT };
export { handle as PATCH, handle as DELETE };
