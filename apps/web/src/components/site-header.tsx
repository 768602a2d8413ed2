import { getTranslations } from "next-intl/server";
import { cache } from "react";

import { getPathname, pathPrefix } from "../i18n/navigation";
import { localeNames, routing, type Locale } from "../i18n/routing";
import { SiteHeaderView } from "./site-header-view";

const SECTIONS = [
  "events",
  "cases",
  "actors",
  "ratings",
  "topics",
  "places",
  "sources",
  "search",
  "data",
  "api",
] as const;

/**
 * The header's words and links, once per request: a page's payload carries the header twice (the
 * page's own and the root not-found boundary's), and React sends the same objects the second time
 * as a reference instead of again.
 */
const headerData = cache(async (locale: Locale) => {
  const t = await getTranslations();
  return {
    words: {
      skipToContent: t("header.skipToContent"),
      siteName: t("meta.siteName"),
      tagline: t("header.tagline"),
      languageLabel: t("header.languageLabel"),
      navLabel: t("nav.label"),
      searchLabel: t("header.searchLabel"),
      searchPlaceholder: t("header.searchPlaceholder"),
      searchSubmit: t("header.searchSubmit"),
    },
    homeHref: getPathname({ locale, href: "/" }),
    searchHref: getPathname({ locale, href: "/search" }),
    languages: routing.locales.map((l) => ({
      locale: l,
      label: localeNames[l],
      prefix: pathPrefix(l),
    })),
    nav: SECTIONS.map((s) => ({
      href: getPathname({ locale, href: `/${s}` }),
      label: t(`nav.${s}`),
    })),
  };
});

export async function SiteHeader({ locale }: { locale: Locale }) {
  return <SiteHeaderView locale={locale} {...await headerData(locale)} />;
}
