import { answer503WhenDatabaseDown } from "@kz/api/availability";
import { COLLECTIONS } from "@kz/api/collections";

import { env } from "../../env";
import { getPathname } from "../../i18n/navigation";
import { routing } from "../../i18n/routing";
import { absoluteUrl } from "../../lib/absolute-url";
import { sitemapXml } from "../../lib/sitemap";
import { listRatingSeries, publicRecordPages } from "../../server/cached";

/**
 * Pages that are not records: every collection's list, and the rest. Search results are left out:
 * they are views, not documents.
 */
const SECTIONS = ["/", ...COLLECTIONS.map((c) => c.path), "/data", "/api"];

/**
 * Every public page in every language, each listing its translations (hreflang), read through the
 * cached lists. Rendered per request, like the pages: the build does not touch the database. A
 * route handler rather than Next's sitemap file, so that a cache miss while the database is down
 * answers 503 with Retry-After, like the pages and downloads, instead of a 500.
 */
export const GET = answer503WhenDatabaseDown(async () => {
  const [records, series] = await Promise.all([publicRecordPages(), listRatingSeries()]);
  const hrefs = [...SECTIONS, ...series.map((s) => `/ratings/${s.slug}`), ...records];
  const url = (locale: (typeof routing.locales)[number], href: string) =>
    absoluteUrl(env.PUBLIC_SITE_URL, getPathname({ locale, href }));
  const xml = sitemapXml(
    hrefs.map((href) => ({
      languages: routing.locales.map((locale) => ({ locale, url: url(locale, href) })),
      defaultUrl: url(routing.defaultLocale, href),
    })),
  );
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
});
