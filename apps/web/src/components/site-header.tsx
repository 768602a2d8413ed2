import { Container, SearchForm, SkipLink } from "@kz/ui";
import { getTranslations } from "next-intl/server";

import { getPathname, Link, pathPrefix } from "../i18n/navigation";
import { localeNames, routing, type Locale } from "../i18n/routing";
import { LanguageSwitcher } from "./language-switcher";
import { MainNav } from "./main-nav";

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
    <header className="border-brand-900 border-t-4 border-b border-b-slate-200 bg-white">
      <SkipLink label={t("header.skipToContent")} />
      <Container className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3 pt-4 pb-2">
        <Link href="/" className="group no-underline hover:no-underline">
          <span className="text-brand-900 block font-serif text-xl leading-tight font-semibold group-hover:underline sm:text-2xl">
            {t("meta.siteName")}
          </span>
          <span className="block text-sm text-slate-600">{t("header.tagline")}</span>
        </Link>
        <LanguageSwitcher
          locale={locale}
          label={t("header.languageLabel")}
          languages={routing.locales.map((l) => ({
            locale: l,
            label: localeNames[l],
            prefix: pathPrefix(l),
          }))}
        />
      </Container>
      <Container className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 pb-2">
        <MainNav
          label={t("nav.label")}
          items={SECTIONS.map((s) => ({
            href: getPathname({ locale, href: `/${s}` }),
            label: t(`nav.${s}`),
          }))}
        />
        <SearchForm
          action={getPathname({ locale, href: "/search" })}
          label={t("header.searchLabel")}
          placeholder={t("header.searchPlaceholder")}
          submitLabel={t("header.searchSubmit")}
          className="w-full sm:w-72"
        />
      </Container>
    </header>
  );
}
