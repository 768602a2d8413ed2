import { defineRouting } from "next-intl/routing";

/**
 * English at the root (`/events`), other languages under a prefix (`/ru/events`, `/kk/events`).
 * The URL alone decides the language: no Accept-Language redirects and no cookie, so a shared link
 * opens in the language it was shared in, and the public site sets no cookies at all.
 */
export const routing = defineRouting({
  locales: ["en", "ru", "kk"],
  defaultLocale: "en",
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

/** Each language's name in that language, as the switcher shows it. */
export const localeNames: Record<Locale, string> = {
  en: "English",
  ru: "Русский",
  kk: "Қазақша",
};

/** The record's content (events, sources, summaries) is written in English only. */
export const CONTENT_LOCALE: Locale = "en";

/**
 * The `lang` to put on record content shown on a page in `locale`: none where the page is in the
 * content's language already, so screen readers switch voice only when the language changes.
 */
export function contentLangFor(locale: Locale): Locale | undefined {
  return locale === CONTENT_LOCALE ? undefined : CONTENT_LOCALE;
}
