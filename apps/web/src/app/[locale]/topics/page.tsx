import { Container, PageHeading } from "@kz/ui";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { Link } from "../../../i18n/navigation";
import { CONTENT_LOCALE, type Locale } from "../../../i18n/routing";
import { listTopics } from "../../../server/cached";
import { pageMetadata } from "../../../server/page-metadata";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/topics">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale });
  return pageMetadata({
    locale,
    href: "/topics",
    title: t("topics.title"),
    description: t("topics.metaDescription"),
    siteName: t("meta.siteName"),
  });
}

export default async function TopicsPage({ params }: PageProps<"/[locale]/topics">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, topics] = await Promise.all([getTranslations("topics"), listTopics()]);
  const contentLang = locale === CONTENT_LOCALE ? undefined : CONTENT_LOCALE;

  return (
    <Container>
      <PageHeading title={t("title")} lead={t("lead")} />
      {topics.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 border-y border-slate-200">
          {topics.map((topic) => (
            <li
              key={topic.slug}
              className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3"
            >
              <Link
                href={`/topics/${topic.slug}`}
                lang={contentLang}
                className="font-serif text-lg font-semibold"
              >
                {topic.name}
              </Link>
              <span className="text-sm text-slate-600">
                {t("eventCount", { count: topic.eventCount })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
