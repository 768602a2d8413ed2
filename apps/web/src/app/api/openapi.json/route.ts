import { API_CACHE_CONTROL, cachedResponse, openApiDocument, preflight } from "@kz/api/rest";

import { env } from "../../../env";

// The OpenAPI 3.1 document of the REST reads (/api/v1), generated from the API's router and
// collection registry; linked from /api. Built on the first request, then the same for the
// server's life.
let document: string | undefined;

function handle(req: Request) {
  document ??= JSON.stringify(openApiDocument({ siteUrl: env.PUBLIC_SITE_URL }), null, 2);
  return cachedResponse(req, document, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
    cacheControl: API_CACHE_CONTROL,
  });
}

export { handle as GET, handle as HEAD, preflight as OPTIONS };
