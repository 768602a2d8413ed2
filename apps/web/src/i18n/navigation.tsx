import { getLocale } from "next-intl/server";
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
 * made on the server into a plain `<a>`. Not next/link, nor next-intl's Link: both are client
 * components, and next/link alone adds ~3 KB gzip of router code to every page's scripts (the
 * budget for all of ours is 5 KB above the framework's). A public page is a document: following
 * a link loads the next one, from the cache; nothing in between needs the client router.
 */
export async function Link({
  href,
  ...props
}: Omit<ComponentProps<"a">, "href"> & { href: string }) {
  const locale = (await getLocale()) as Locale;
  return <a href={getPathname({ locale, href })} {...props} />;
}

/** What every path in `locale` starts with: "" for the default language, else "/ru", "/kk". */
export const pathPrefix = (locale: Locale): string =>
  locale === routing.defaultLocale ? "" : getPathname({ locale, href: "/" });
