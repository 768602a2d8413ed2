"use client";

import { LanguageLinks } from "@kz/ui";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";

export interface LanguageOption {
  locale: string;
  /** The language's name in that language. */
  label: string;
  /** What every path in that language starts with: "" or "/ru" (from the server's routing). */
  prefix: string;
}

interface Props {
  locale: string;
  languages: readonly LanguageOption[];
  label: string;
}

/** `pathname` without the prefix of the language it is in: "/ru/events" → "/events", "/ru" → "/". */
function withoutPrefix(pathname: string, prefix: string): string {
  if (!prefix || (pathname !== prefix && !pathname.startsWith(`${prefix}/`))) return pathname;
  return pathname.slice(prefix.length) || "/";
}

function Links({ locale, languages, label, query }: Props & { query: string }) {
  const current = languages.find((l) => l.locale === locale);
  const path = withoutPrefix(usePathname(), current?.prefix ?? "");
  const links = languages.map((l) => ({
    locale: l.locale,
    label: l.label,
    href: (l.prefix && path === "/" ? l.prefix : l.prefix + path) + query,
    current: l.locale === locale,
  }));
  return <LanguageLinks label={label} links={links} />;
}

function LinksKeepingQuery(props: Props) {
  const query = useSearchParams().toString();
  return <Links {...props} query={query ? `?${query}` : ""} />;
}

/**
 * The same page in each language, filters included. A client component only because the layout,
 * shared by every page and cached with it, is not told the page's path or query; the links are in
 * the server HTML, so switching works without JavaScript. On pages rendered at build time the query is
 * unknown, so the fallback links to the page without it. The languages and their prefixes come
 * from the server as props, so next-intl stays on the server.
 */
export function LanguageSwitcher(props: Props) {
  return (
    <Suspense fallback={<Links {...props} query="" />}>
      <LinksKeepingQuery {...props} />
    </Suspense>
  );
}
