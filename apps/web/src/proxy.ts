import { databaseUnavailablePage, withPageUrl } from "@kz/api/availability";
import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";

import en from "../messages/en.json";
import kk from "../messages/kk.json";
import ru from "../messages/ru.json";
import { routing, type Locale } from "./i18n/routing";

const intl = createMiddleware(routing);

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
 * Maps `/…` to English and `/ru/…`, `/kk/…` to their languages (Next 16's proxy, formerly
 * middleware), and answers pages that a render sent back because the database was unavailable
 * (see @kz/api/availability). Every page learns its own URL, to be sent back to.
 */
export default async function proxy(request: NextRequest) {
  const locale = localeOf(request.nextUrl.pathname);
  const unavailable = await databaseUnavailablePage(request, {
    lang: locale,
    ...UNAVAILABLE[locale],
  });
  return unavailable ?? intl(new NextRequest(request, { headers: withPageUrl(request) }));
}

export const config = {
  // Everything except the API's endpoints (`/api/trpc/…`, `/api/revalidate`), Next's own files and
  // paths with a dot: files and route handlers that are the same in every language (robots.txt,
  // sitemap.xml, feed.xml, /data/events.csv). `/api` itself is the API's documentation page, a
  // localized page like any other, hence `api/` with the slash.
  matcher: ["/((?!api/|_next|_vercel|.*\\..*).*)"],
};
