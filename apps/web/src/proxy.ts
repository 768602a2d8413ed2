import { databaseUnavailablePage, withPageUrl } from "@kz/api/availability";
import { withPagePolicy } from "@kz/api/security";
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";

import en from "../messages/en.json";
import kk from "../messages/kk.json";
import ru from "../messages/ru.json";
import { env } from "./env";
import { routing, type Locale } from "./i18n/routing";

/** Maps `/…` to English and `/ru/…`, `/kk/…` to their languages. */
const handleI18nRouting = createMiddleware(routing);

// Localized pages: everything but the API's endpoints (`/api/trpc/…`, `/api/revalidate`), Next's
// own files and paths with a dot — files and route handlers that are the same in every language
// (robots.txt, sitemap.xml, feed.xml, /data/events.csv). `/api` itself is the API's documentation
// page, a localized page like any other, hence `api/` with the slash.
const LOCALIZED = /^\/(?!api\/|_next|_vercel|.*\.)/;

const UNAVAILABLE: Record<Locale, typeof en.unavailable> = {
  en: en.unavailable,
  ru: ru.unavailable,
  kk: kk.unavailable,
};

function localeOf(pathname: string): Locale {
  const prefix = pathname.split("/")[1];
  return routing.locales.find((locale) => locale === prefix) ?? routing.defaultLocale;
}

/**
 * How long a reverse proxy may keep this page (deploy/nginx.conf): until the end of the current
 * second, as an absolute time. nginx counts cache time in whole seconds from the start of the
 * second it stored the page, so `proxy_cache_valid 1s` keeps a page up to 2 s; `@<this second>`
 * keeps it at most 1 s, and a publish shows through the proxy within a second plus a render.
 * nginx does not pass the header on to readers.
 */
const PROXY_EXPIRES_HEADER = "X-Accel-Expires";
const untilThisSecondEnds = () => `@${Math.floor(Date.now() / 1000)}`;

/** A localized page: the "temporarily unavailable" answer when a render sent it back, else the page by language. */
async function localizedPage(request: NextRequest): Promise<Response> {
  const locale = localeOf(request.nextUrl.pathname);
  const unavailable = await databaseUnavailablePage(request, {
    lang: locale,
    ...UNAVAILABLE[locale],
  });
  if (unavailable) return unavailable;
  // Every page learns its own URL, to be sent back to if the database is unavailable.
  const page = handleI18nRouting(new NextRequest(request, { headers: withPageUrl(request) }));
  page.headers.set(PROXY_EXPIRES_HEADER, untilThisSecondEnds());
  return page;
}

/**
 * Next 16's proxy (formerly middleware): gives every response a fresh Content-Security-Policy nonce,
 * which Next puts on the page's scripts; routes localized pages by language, and answers pages
 * that a render sent back because the database was unavailable (see @kz/api/availability).
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
        ? localizedPage(request)
        : NextResponse.next({ request: { headers: request.headers } }),
  );
}

export const config = {
  // Every response but Next's build output (scripts, styles, fonts), which no browser runs as a
  // document, and the REST API (/api/v1), which answers data only and sets its own fixed policy
  // (its route.ts): a nonce protects no script there, and the proxy is a second pass of Next's
  // request handling on the API's hottest path (docs/scaling.md). 404s, other route handlers and
  // metadata files get the policy too.
  matcher: ["/((?!_next/static|_next/image|api/v1(?:/|$)).*)"],
};
