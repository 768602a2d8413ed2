import "server-only";

import { setRequestLocale } from "next-intl/server";

import type { Locale } from "../i18n/routing";

/** A page's language, set for the request's translations (so the page can render statically). */
export async function readPageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  return locale;
}
