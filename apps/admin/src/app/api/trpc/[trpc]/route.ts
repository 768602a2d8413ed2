import { appRouter, createContext } from "@kz/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import { env } from "../../../../env";
import { getActor } from "../../../../server/auth";
import { db } from "../../../../server/db";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () =>
      createContext({ db, actor: await getActor(), siteUrl: env.PUBLIC_SITE_URL, ip: null }),
  });
}

export { handler as GET, handler as POST };
