import "server-only";

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import type { Locale } from "../i18n/routing";
import type messages from "../../messages/en.json";
import { recordLanguages } from "../lib/translated";
import { pageMetadata } from "./page-metadata";

/** The request-independent translator: metadata is generated outside the page's render. */
type Translator = Awaited<ReturnType<typeof getTranslations<never>>>;

/** What a page says about itself; its language and the site's name are added for it. */
type PageDescription = Omit<Parameters<typeof pageMetadata>[0], "locale" | "siteName">;

/**
 * The `generateMetadata` of a page described by its messages alone, such as a list page:
 * `export const generateMetadata = messagesMetadata((t) => ({ href: "/topics", … }))`.
 */
export function messagesMetadata(describe: (t: Translator) => PageDescription) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const locale = (await params).locale as Locale;
    const t = await getTranslations({ locale });
    return pageMetadata({ ...describe(t), locale, siteName: t("meta.siteName") });
  };
}

type Messages = typeof messages;

/** The messages' sections that have a title: a page each (`places.title`, …). */
type Section = {
  [S in keyof Messages]: Messages[S] extends { title: string } ? S : never;
}[keyof Messages];

/**
 * The `generateMetadata` of a section's page (a list, /data…): titled by its section's `title`
 * message and described by another of its messages (`metaDescription` unless named), at
 * `/<section>` unless `href` says otherwise.
 */
export function sectionMetadata<S extends Section>(
  section: S,
  description?: keyof Messages[S] & string,
  href = `/${section}`,
) {
  // The keys are checked by the parameters' types; `t` cannot follow them through the template.
  const key = (name: string) => `${section}.${name}` as Parameters<Translator>[0];
  return messagesMetadata((t) => ({
    href,
    title: t(key("title")),
    description: t(key(description ?? "metaDescription")),
  }));
}

/**
 * The `generateMetadata` of a record's page, described by the record it shows: a slug that names
 * no published record is a 404, as on the page itself.
 */
export function recordMetadata<Record>(
  bySlug: (slug: string, locale: Locale) => Promise<Record | null>,
  describe: (record: Record, t: Translator) => PageDescription,
) {
  return async ({
    params,
  }: {
    params: Promise<{ locale: string; slug: string }>;
  }): Promise<Metadata> => {
    const { locale, slug } = (await params) as { locale: Locale; slug: string };
    const [t, record] = await Promise.all([getTranslations({ locale }), bySlug(slug, locale)]);
    if (!record) notFound();
    return pageMetadata({
      // Alternates only in the languages the record is translated into.
      languages: recordLanguages(record as Parameters<typeof recordLanguages>[0]),
      ...describe(record, t),
      locale,
      siteName: t("meta.siteName"),
    });
  };
}
