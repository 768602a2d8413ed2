import { answer503WhenDatabaseDown } from "@kz/api/availability";

import { env } from "../../env";
import { getPathname } from "../../i18n/navigation";
import { routing } from "../../i18n/routing";
import { absoluteUrl } from "../../lib/absolute-url";
import { sitemapXml } from "../../lib/sitemap";
import { allActors, allEvents, allSources } from "../../server/all-records";
import { listPlaces, listRatingSeries, listTopics } from "../../server/cached";

/** Pages that are not records. Search results are left out: they are views, not documents. */
const SECTIONS = [
  "/",
  "/events",
  "/ratings",
  "/topics",
  "/places",
  "/sources",
  "/actors",
  "/data",
  "/api",
] as const;

/**
 * Every public page in every language, each listing its translations (hreflang), read through the
 * cached lists. Rendered per request, like the pages: the build does not touch the database. A
 * route handler rather than Next's sitemap file, so that a cache miss while the database is down
 * answers 503 with Retry-After, like the pages and downloads, instead of a 500.
 */
export const GET = answer503WhenDatabaseDown(async () => {
  const [events, topics, sources, actors, places, series] = await Promise.all([
    allEvents("desc"),
    listTopics(),
    allSources(),
    allActors(),
    listPlaces(),
    listRatingSeries(),
  ]);
  const hrefs = [
    ...SECTIONS,
    ...series.map((s) => `/ratings/${s.slug}`),
    ...events.map((e) => `/events/${e.slug}`),
    ...topics.map((t) => `/topics/${t.slug}`),
    ...sources.map((s) => `/sources/${s.slug}`),
    ...actors.map((a) => `/actors/${a.slug}`),
    ...places.map((p) => `/places/${p.slug}`),
  ];
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
