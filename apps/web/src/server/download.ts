import "server-only";

import { answer503WhenDatabaseDown } from "@kz/api/availability";
import { cachedResponse, CORS_HEADERS, DOWNLOAD_CACHE_CONTROL } from "@kz/api/rest";

import { downloadHeaders } from "../lib/data-export";
import type { DownloadFile } from "./downloads";

/**
 * A /data download's answer (GET and HEAD): the file `build` makes, saved as `name`, readable from
 * any origin, cacheable for DOWNLOAD_CACHE_CONTROL with a weak ETag of its content (a matching
 * If-None-Match gets 304, no body), and a plain 503 with Retry-After while the database is
 * unavailable.
 */
export async function download(req: Request, name: string, build: DownloadFile): Promise<Response> {
  const handle = answer503WhenDatabaseDown(async (request: Request) => {
    const { body, contentType, version } = await build();
    return cachedResponse(request, body, {
      headers: downloadHeaders(contentType, name),
      cacheControl: DOWNLOAD_CACHE_CONTROL,
      version,
    });
  });
  const response = await handle(req);
  for (const [key, value] of Object.entries(CORS_HEADERS)) response.headers.set(key, value);
  return response;
}
