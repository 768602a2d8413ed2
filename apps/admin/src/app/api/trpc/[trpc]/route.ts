import { apiLimitsOf, createApiHandler } from "@kz/api";

import { env } from "../../../../env";
import { identifyRequest } from "../../../../server/context";
import { db } from "../../../../server/db";

// Built on the first request, not when `next build` loads the module.
let handler: ((req: Request) => Promise<Response>) | undefined;

function handle(req: Request) {
  handler ??= createApiHandler({
    db,
    limits: apiLimitsOf(env),
    identify: identifyRequest,
    // Sessions are cookies: mutations sent on another site's behalf are refused.
    ownOrigins: [env.ADMIN_URL],
    noStore: true,
  });
  return handler(req);
}

export { handle as GET, handle as POST };
