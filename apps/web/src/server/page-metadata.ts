import "server-only";

import type { Metadata } from "next";

import { env } from "../env";
import { getPathname } from "../i18n/navigation";
import { routing, type Locale } from "../i18n/routing";

const OG_LOCALES: Record<Locale, string> = { en: "en_GB", ru: "ru_RU", kk: "kk_KZ" };

/** The page's absolute address, for JSON-LD and Open Graph. */
export function absoluteUrl(locale: Locale, href: string): string {
  return new URL(getPathname({ locale, href }), env.PUBLIC_SITE_URL).toString();
}

/**
 * A page's title and description, its address in each language (the same page, the same record),
 * and Open Graph tags. `href` is the path without a language prefix or query.
 */
export function pageMetadata({
  locale,
  href,
  title,
  description,
  siteName,
  article,
  noindex,
  languages: available = routing.locales,
}: {
  locale: Locale;
  href: string;
  title: string;
  description?: string;
  siteName: string;
  /** For a record: Open Graph type "article" with its dates. */
  article?: { publishedTime?: string | null; modifiedTime?: string; tags?: string[] };
  /** For views that should not be indexed, e.g. search results. */
  noindex?: boolean;
  /**
   * The languages the page's content is in, for its hreflang alternates: a record's page is in
   * English and where a translation is published (recordLanguages); other pages in every language.
   */
  languages?: readonly Locale[];
}): Metadata {
  const languages = Object.fromEntries(available.map((l) => [l, getPathname({ locale: l, href })]));
  const url = getPathname({ locale, href });
  const common = { title, description, url, siteName, locale: OG_LOCALES[locale] };
  return {
    title,
    description,
    alternates: {
      canonical: url,
      languages: {
        ...languages,
        "x-default": getPathname({ locale: routing.defaultLocale, href }),
      },
    },
    openGraph: article
      ? {
          ...common,
          type: "article",
          publishedTime: article.publishedTime ?? undefined,
          modifiedTime: article.modifiedTime,
          tags: article.tags,
        }
      : { ...common, type: "website" },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}
