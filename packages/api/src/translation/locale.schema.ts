// The public reads' language, and what they say of a translation. Only zod: every public schema
// imports it.
import { z } from "zod";

/** The languages the record is translated into; English is the source. */
export const TRANSLATED_LOCALES = ["ru", "kk"] as const;
export const translatedLocale = z.enum(TRANSLATED_LOCALES, {
  error: "Choose a language to translate into: ru or kk",
});
export type TranslatedLocale = z.infer<typeof translatedLocale>;

/** A public read's language: English (the default) or a translation. */
export const readLocale = z.enum(["en", ...TRANSLATED_LOCALES], {
  error: "Choose a language: en, ru or kk",
});
export type ReadLocale = z.infer<typeof readLocale>;

/** The optional `locale` every translated public read takes. */
export const localeInput = { locale: readLocale.optional() };

/**
 * The whole input of a read that takes nothing but a language: left out, or null as callers of a
 * procedure without input have always been free to send.
 */
export const onlyLocaleInput = z.object(localeInput).nullish();

/**
 * How a record in a language other than English was put together: which of its translated fields
 * are English still (`fallback`, shown with lang="en"), which translations were made from an older
 * English (`outdated`), and whether an editor has reviewed them all.
 */
export const translationInfo = z.object({
  locale: translatedLocale,
  fallback: z.array(z.string()),
  outdated: z.array(z.string()),
  reviewed: z.boolean(),
});
export type TranslationInfo = z.infer<typeof translationInfo>;

/**
 * What a translated public read adds to a record: `translation` in ru and kk (left out in
 * English), and in every language the languages it has a published translation in (for hreflang).
 */
export const translationField = {
  translation: translationInfo.optional(),
  translatedInto: z.array(translatedLocale).optional(),
};

/**
 * A linked record by name (an event's topics and places): in ru and kk its name is translated
 * where published, and `translation.fallback` lists "name" where it is still English.
 */
export const linkedNameOutput = z.object({
  slug: z.string(),
  name: z.string(),
  translation: translationInfo.optional(),
});
