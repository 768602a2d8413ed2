import "server-only";

import { answer503WhenDatabaseDown } from "@kz/api/availability";
import { cachedResponse, CORS_HEADERS, DOWNLOAD_CACHE_CONTROL } from "@kz/api/rest";

import { hasLocale } from "next-intl";

import { routing } from "../i18n/routing";
import { downloadHeaders } from "../lib/data-export";
import type { DownloadFile } from "./downloads";

/**
 * A /data download's answer (GET and HEAD): the file `build` makes, saved as `name`, readable from
 * any origin, cacheable for DOWNLOAD_CACHE_CONTROL with a weak ETag of its content (a matching
 * If-None-Match gets 304, no body), and a plain 503 with Retry-After while the database is
 * unavailable. `?locale=ru` or `kk` asks for the file in that language (DownloadFile); any other
 * value is a 400 that says which there are.
 */
export async function download(req: Request, name: string, build: DownloadFile): Promise<Response> {
  const asked = new URL(req.url).searchParams.get("locale");
  if (asked !== null && !hasLocale(routing.locales, asked))
    return new Response(
      `No such language: "${asked.slice(0, 20)}". Leave locale out for English, or ask for ${routing.locales.join(", ")}.\n`,
      { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", ...CORS_HEADERS } },
    );
  const locale = asked ?? routing.defaultLocale;
  const handle = answer503WhenDatabaseDown(async (request: Request) => {
    const { body, contentType, version } = await build(locale);
    return cachedResponse(request, body, {
      // events.ru.csv: a file saved from each language keeps its own name.
      headers: downloadHeaders(
        contentType,
        locale === routing.defaultLocale ? name : name.replace(/(\.[a-z]+)$/, `.${locale}$1`),
      ),
      cacheControl: DOWNLOAD_CACHE_CONTROL,
      version,
    });
  });
  const response = await handle(req);
  for (const [key, value] of Object.entries(CORS_HEADERS)) response.headers.set(key, value);
  return response;
}
