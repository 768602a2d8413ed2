import { getLocale } from "next-intl/server";
import NextLink from "next/link";
import type { ComponentProps } from "react";

import { routing, type Locale } from "./routing";

/**
 * `href` in a language: `getPathname({ locale: "ru", href: "/events" })` is `/ru/events`, English
 * unprefixed (routing's "as-needed"). Not next-intl's createNavigation: importing it puts its
 * client Link, and with it next-intl's message parser (~13 KB gzip), into every page's scripts.
 */
export function getPathname({ locale, href }: { locale: Locale; href: string }): string {
  if (locale === routing.defaultLocale) return href;
  return href === "/" ? `/${locale}` : `/${locale}${href}`;
}

/**
 * A link in the page's language (`<Link href="/events">` goes to `/ru/events` on Russian pages),
 * made on the server into a plain next/link. next-intl's own Link is a client component that
 * reads the language from a client-side provider, and that provider ships next-intl's message
 * parser (~14 KB gzip) to every page: nothing here sends next-intl to the browser.
 */
export async function Link({
  href,
  ...props
}: Omit<ComponentProps<typeof NextLink>, "href"> & { href: string }) {
  const locale = (await getLocale()) as Locale;
  return <NextLink href={getPathname({ locale, href })} {...props} />;
}

/** What every path in `locale` starts with: "" for the default language, else "/ru", "/kk". */
export const pathPrefix = (locale: Locale): string =>
  locale === routing.defaultLocale ? "" : getPathname({ locale, href: "/" });
