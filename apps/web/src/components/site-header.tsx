import { getTranslations } from "next-intl/server";

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

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations();
  return (
    <SiteHeaderView
      locale={locale}
      words={{
        skipToContent: t("header.skipToContent"),
        siteName: t("meta.siteName"),
        tagline: t("header.tagline"),
        languageLabel: t("header.languageLabel"),
        navLabel: t("nav.label"),
        searchLabel: t("header.searchLabel"),
        searchPlaceholder: t("header.searchPlaceholder"),
        searchSubmit: t("header.searchSubmit"),
      }}
      homeHref={getPathname({ locale, href: "/" })}
      searchHref={getPathname({ locale, href: "/search" })}
      languages={routing.locales.map((l) => ({
        locale: l,
        label: localeNames[l],
        prefix: pathPrefix(l),
      }))}
      nav={SECTIONS.map((s) => ({
        href: getPathname({ locale, href: `/${s}` }),
        label: t(`nav.${s}`),
      }))}
    />
  );
}
