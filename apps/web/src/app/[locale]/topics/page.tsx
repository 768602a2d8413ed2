import { Container, PageHeading } from "@kz/ui";
import { getTranslations } from "next-intl/server";

import { Link } from "../../../i18n/navigation";
import { fieldLang } from "../../../lib/translated";
import { listReader } from "../../../server/cached";
import { sectionMetadata } from "../../../server/localised-metadata";
import { readPageLocale } from "../../../server/page-locale";

export const generateMetadata = sectionMetadata("topics");

export default async function TopicsPage({ params }: PageProps<"/[locale]/topics">) {
  const locale = await readPageLocale(params);
  const [t, topics] = await Promise.all([
    getTranslations("topics"),
    listReader("topic")({ locale }),
  ]);

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
                lang={fieldLang(locale, topic, "name")}
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
