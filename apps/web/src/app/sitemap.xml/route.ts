import { answer503WhenDatabaseDown } from "@kz/api/availability";
import { COLLECTIONS } from "@kz/api/collections";

import { env } from "../../env";
import { getPathname } from "../../i18n/navigation";
import { routing } from "../../i18n/routing";
import { absoluteUrl } from "../../lib/absolute-url";
import { sitemapXml } from "../../lib/sitemap";
import { listRatingSeries, publicRecordPages, translatedRecordPages } from "../../server/cached";

/**
 * Pages that are not records: every collection's list, and the rest. Search results are left out:
 * they are views, not documents.
 */
const SECTIONS = ["/", ...COLLECTIONS.map((c) => c.path), "/data", "/api"];

/**
 * Every public page with its translations (hreflang), read through the cached lists: lists and
 * other pages in every language (their words are translated), a record's page in English and in
 * each language its text has a published translation in — its other-language pages, in English
 * but for the menus, are not listed as translations. Rendered per request, like the pages: the build does not touch the database. A
 * route handler rather than Next's sitemap file, so that a cache miss while the database is down
 * answers 503 with Retry-After, like the pages and downloads, instead of a 500.
 */
export const GET = answer503WhenDatabaseDown(async () => {
  const [records, translated, series] = await Promise.all([
    publicRecordPages(),
    translatedRecordPages(),
    listRatingSeries(),
  ]);
  const translations = new Map(translated);
  type Locale = (typeof routing.locales)[number];
  const url = (locale: Locale, href: string) =>
    absoluteUrl(env.PUBLIC_SITE_URL, getPathname({ locale, href }));
  const page = (href: string, locales: readonly Locale[]) => ({
    languages: locales.map((locale) => ({ locale, url: url(locale, href) })),
    defaultUrl: url(routing.defaultLocale, href),
  });
  const recordLocales = (href: string) =>
    routing.locales.filter(
      (l) => l === routing.defaultLocale || translations.get(href)?.includes(l),
    );
  const xml = sitemapXml([
    ...[...SECTIONS, ...series.map((s) => `/ratings/${s.slug}`)].map((href) =>
      page(href, routing.locales),
    ),
    ...records.map((href) => page(href, recordLocales(href))),
  ]);
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
});
