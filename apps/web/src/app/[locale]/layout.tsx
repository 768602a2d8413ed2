import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { SiteDocument } from "../../components/site-document";
import { env } from "../../env";
import { routing } from "../../i18n/routing";
import { feedPath } from "../../lib/feed-path";

const OG_LOCALES = { en: "en_GB", ru: "ru_RU", kk: "kk_KZ" } as const;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({
    locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale,
  });
  return {
    metadataBase: new URL(env.PUBLIC_SITE_URL),
    title: { default: t("meta.siteName"), template: `%s · ${t("meta.siteName")}` },
    description: t("meta.description"),
    // Defaults for pages that set none; a page's own `openGraph` replaces them as a whole.
    openGraph: {
      type: "website",
      siteName: t("meta.siteName"),
      title: t("meta.siteName"),
      description: t("meta.description"),
      locale: OG_LOCALES[hasLocale(routing.locales, locale) ? locale : routing.defaultLocale],
    },
    twitter: { card: "summary" },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // Lets pages below render without reading request headers for the language.
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  return (
    <SiteDocument locale={locale}>
      {/* React puts this in <head>; here rather than in metadata, where a page's own
          `alternates` (its languages) would replace it. */}
      <link
        rel="alternate"
        type="application/atom+xml"
        title={t("meta.siteName")}
        href={feedPath(locale)}
      />
      {children}
    </SiteDocument>
  );
}
