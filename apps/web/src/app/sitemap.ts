import type { MetadataRoute } from "next";

import { env } from "../env";
import { getPathname } from "../i18n/navigation";
import { routing } from "../i18n/routing";
import { absoluteUrl } from "../lib/absolute-url";
import { allActors, allEvents, allSources } from "../server/all-records";
import { listPlaces, listRatingSeries, listTopics } from "../server/cached";

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
 * cached lists. Rendered per request, like the pages: the build does not touch the database.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
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
  return hrefs.flatMap((href) => {
    const languages = Object.fromEntries(routing.locales.map((l) => [l, url(l, href)]));
    return routing.locales.map((locale) => ({
      url: url(locale, href),
      alternates: {
        languages: { ...languages, "x-default": url(routing.defaultLocale, href) },
      },
    }));
  });
}
