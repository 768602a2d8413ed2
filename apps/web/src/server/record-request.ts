import "server-only";

import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";

import type { Locale } from "../i18n/routing";

/**
 * What a record's page is asked for: its language (set for the request's translations) and the
 * record with the slug in the URL; a 404 when no published record has it.
 */
export async function readRecordRequest<Record>(
  props: { params: Promise<{ locale: string; slug: string }> },
  bySlug: (slug: string, locale: Locale) => Promise<Record | null>,
) {
  const { locale, slug } = (await props.params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  // In the page's language where the record is translated (recordReader).
  const record = await bySlug(slug, locale);
  if (!record) notFound();
  return { locale, record };
}
