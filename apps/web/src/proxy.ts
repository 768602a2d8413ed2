import { withPagePolicy } from "@kz/api/security";
import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";

import { env } from "./env";
import { routing } from "./i18n/routing";

/** Maps `/…` to English and `/ru/…`, `/kk/…` to their languages. */
const handleI18nRouting = createMiddleware(routing);

// Localized pages: everything but the API's endpoints (`/api/trpc/…`, `/api/revalidate`), Next's
// own files and paths with a dot — files and route handlers that are the same in every language
// (robots.txt, sitemap.xml, feed.xml, /data/events.csv). `/api` itself is the API's documentation
// page, a localized page like any other, hence `api/` with the slash.
const LOCALIZED = /^\/(?!api\/|_next|_vercel|.*\.)/;

/**
 * Next 16's proxy (formerly middleware): gives every response a fresh Content-Security-Policy nonce,
 * which Next puts on the page's scripts, and routes localized pages by language.
 */
export default function proxy(request: NextRequest) {
  return withPagePolicy(
    request,
    {
      development: env.NODE_ENV === "development",
      https: env.PUBLIC_SITE_URL.startsWith("https:"),
    },
    () =>
      LOCALIZED.test(request.nextUrl.pathname)
        ? handleI18nRouting(request)
        : NextResponse.next({ request: { headers: request.headers } }),
  );
}

export const config = {
  // Every response but Next's build output (scripts, styles, fonts), which no browser runs as a
  // document. 404s, route handlers and metadata files get the policy too.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
