import { databaseHealth } from "@kz/db/availability";

import { DATABASE_RETRY_AFTER_SECONDS } from "../errors";
import { isServiceUnavailable } from "./service-unavailable";

/**
 * Next.js gives a page no way to choose its HTTP status: a render that throws answers 500. So a
 * render whose database read fails because the database is unavailable redirects to its own URL
 * marked `?unavailable`, and the app's proxy answers that URL with a 503 page while the database
 * is still unavailable, or redirects back to the page once it is available again.
 *
 * Every request still tries to render first, so pages whose data is in the public site's cache
 * go on being served during an outage; only a render that needs the database gets the 503.
 */

/** Set by the apps' proxies on page requests: the page's own path and query. */
export const PAGE_URL_HEADER = "x-kz-page-url";

/** The query parameter that marks a page sent back because the database was unavailable. */
export const UNAVAILABLE_PARAM = "unavailable";

export interface UnavailablePageText {
  lang: string;
  title: string;
  message: string;
  /** The link that reloads the page now. */
  retry: string;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

function unavailableHtml(text: UnavailablePageText): string {
  const [lang, title, message, retry] = [text.lang, text.title, text.message, text.retry].map(
    escapeHtml,
  );
  // Reloads itself after Retry-After, so a reader who waits gets the page once the database is back.
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="${DATABASE_RETRY_AFTER_SECONDS}">
<title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:15vh auto;padding:0 1.5rem;color:#1e293b;line-height:1.5}h1{font-size:1.5rem}a{color:#1d4ed8}</style>
</head>
<body>
<h1>${title}</h1>
<p>${message}</p>
<p><a href="">${retry}</a></p>
</body>
</html>
`;
}

/**
 * For an app's proxy: the answer to a page sent back by a render because the database was
 * unavailable (a 503 page with Retry-After while it still is, a redirect back to the page once it
 * is not), or null for every other request. Probes the database at most every 250 ms.
 */
export async function databaseUnavailablePage(
  request: Request,
  text: UnavailablePageText,
): Promise<Response | null> {
  const url = new URL(request.url);
  if (!url.searchParams.has(UNAVAILABLE_PARAM)) return null;
  if (await databaseHealth().check()) {
    url.searchParams.delete(UNAVAILABLE_PARAM);
    // Absolute: Next.js parses a proxy's Location as a whole URL.
    return new Response(null, {
      status: 307,
      headers: { Location: url.href, "Cache-Control": "no-store" },
    });
  }
  return new Response(unavailableHtml(text), {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS),
      "Cache-Control": "no-store",
    },
  });
}

/**
 * For a page render whose read failed: the URL to redirect to when the database was unavailable
 * (the page's own, marked), or null for any other error and where no proxy ran (route handlers
 * answer for themselves). Tells this process's database health, so the proxy probes before it
 * sends the reader back. Only a same-site path is used, as the header could come from a client.
 */
export function pageRetryUrl(error: unknown, headers: Headers): string | null {
  if (!isServiceUnavailable(error)) return null;
  databaseHealth().observe(error);
  const page = headers.get(PAGE_URL_HEADER);
  if (!page || !/^\/(?![/\\])/.test(page)) return null;
  const url = new URL(page, "http://page.invalid");
  url.searchParams.set(UNAVAILABLE_PARAM, "");
  return url.pathname + url.search;
}

/** The request headers with the page's own path and query added, for the proxy to pass on. */
export function withPageUrl(request: Request): Headers {
  const headers = new Headers(request.headers);
  const url = new URL(request.url);
  headers.set(PAGE_URL_HEADER, url.pathname + url.search);
  return headers;
}
