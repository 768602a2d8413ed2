import { routing, type Locale } from "../i18n/routing";

/** Where a language's Atom feed is: /feed.xml for English, /ru/feed.xml and /kk/feed.xml. */
export const feedPath = (locale: Locale) =>
  locale === routing.defaultLocale ? "/feed.xml" : `/${locale}/feed.xml`;
