import { appRouter, createContext } from "@kz/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import { env } from "../../../../env";
import { db } from "../../../../server/db";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createContext({ db, actor: null, siteUrl: env.PUBLIC_SITE_URL, ip: null }),
  });
}

export { handler as GET, handler as POST };
