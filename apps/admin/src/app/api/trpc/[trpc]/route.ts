import { appRouter } from "@kz/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import { createRequestContext } from "../../../../server/context";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createRequestContext(req.headers),
  });
}

export { handler as GET, handler as POST };
