"use client";

import { LanguageLinks } from "@kz/ui";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";

import { getPathname, usePathname } from "../i18n/navigation";
import { localeNames, routing, type Locale } from "../i18n/routing";

interface Props {
  locale: Locale;
  label: string;
}

function Links({ locale, label, query }: Props & { query: string }) {
  const pathname = usePathname();
  const links = routing.locales.map((l) => ({
    locale: l,
    label: localeNames[l],
    href: getPathname({ locale: l, href: pathname }) + query,
    current: l === locale,
  }));
  return <LanguageLinks label={label} links={links} />;
}

function LinksKeepingQuery(props: Props) {
  const query = useSearchParams().toString();
  return <Links {...props} query={query ? `?${query}` : ""} />;
}

/**
 * The same page in each language, filters included. A client component only because the layout
 * does not re-render on navigation and must still link to the current page; the links are in the
 * server HTML, so switching works without JavaScript. On pages rendered at build time the query is
 * unknown, so the fallback links to the page without it.
 */
export function LanguageSwitcher(props: Props) {
  return (
    <Suspense fallback={<Links {...props} query="" />}>
      <LinksKeepingQuery {...props} />
    </Suspense>
  );
}
