// How a record read in a language shows its translated fields (the API's `translation` and
// `translatedInto`): each field's `lang`, and the languages its page exists in.
import type { Locale } from "../i18n/routing";

interface Translated {
  translation?: { locale: string; fallback: string[] } | undefined;
  translatedInto?: string[] | undefined;
}

/** A linked record by name (an event's topics and places), translated like a record's fields. */
export interface LinkedName extends Translated {
  slug: string;
  name: string;
}

/**
 * The `lang` for one field of `record` on a page in `locale`: none where the field is in the
 * page's language, "en" where it fell back to English (a screen reader then switches voice).
 */
export function fieldLang(locale: Locale, record: Translated, field: string): "en" | undefined {
  if (locale === "en") return undefined;
  const translated = record.translation?.locale === locale;
  return translated && !record.translation!.fallback.includes(field) ? undefined : "en";
}

/**
 * The languages a record's page is in: English, and each with a published translation; undefined
 * for a kind with nothing translated (its page is the same in every language).
 */
export function recordLanguages(record: Translated): Locale[] | undefined {
  return record.translatedInto && ["en", ...(record.translatedInto as Locale[])];
}
