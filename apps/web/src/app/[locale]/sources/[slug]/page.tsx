import { Badge, Container, formatEventDate, safeUrl } from "@kz/ui";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { RecordBreadcrumbs } from "../../../../components/breadcrumbs";
import { CompactEventList } from "../../../../components/compact-event-list";
import { FactsBox } from "../../../../components/facts";
import { JsonLd } from "../../../../components/json-ld";
import { RecordTitle } from "../../../../components/record-title";
import { CiteThis } from "../../../../components/cite-this";
import { HistoryLink } from "../../../../components/history-link";
import { CSL_TYPES } from "../../../../lib/cite";
import { Section } from "../../../../components/section";
import { getLabels } from "../../../../i18n/labels";
import { Link } from "../../../../i18n/navigation";
import { contentLangFor, CONTENT_LOCALE } from "../../../../i18n/routing";
import { ratingsBySeries } from "../../../../lib/group";
import { recordReader } from "../../../../server/cached";
import { recordMetadata } from "../../../../server/localised-metadata";
import { readRecordRequest } from "../../../../server/record-request";
import { sourceCreativeWork } from "../../../../server/source-json-ld";

export const generateMetadata = recordMetadata(recordReader("source"), (source) => ({
  href: `/sources/${source.slug}`,
  title: source.title,
  description: `${source.publisher}. ${source.notes}`.trim(),
}));

/** One kind of record the source supports, as a titled list. */
function SupportedList({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <h3 className="mt-6 text-lg font-semibold text-slate-900">{title}</h3>
      <ul className="mt-2 space-y-1">{children}</ul>
    </>
  );
}

export default async function SourcePage(props: PageProps<"/[locale]/sources/[slug]">) {
  const { locale, record: source } = await readRecordRequest(props, recordReader("source"));
  const [t, labels] = await Promise.all([getTranslations(), getLabels()]);
  const contentLang = contentLangFor(locale);
  const url = source.url ? safeUrl(source.url) : null;
  const archive = source.archiveUrl ? safeUrl(source.archiveUrl) : null;
  const date = (iso: string | null) =>
    iso ? <time dateTime={iso}>{formatEventDate(iso, null, "day", labels.dates)}</time> : null;
  const series = ratingsBySeries(source.ratings);
  const cites = source.events.length + series.length + source.topics.length;

  return (
    <Container>
      <RecordBreadcrumbs
        section={{ href: "/sources", label: t("nav.sources") }}
        name={source.title}
      />
      <RecordTitle lang={contentLang}>{source.title}</RecordTitle>
      <p className="mt-2 flex flex-wrap items-center gap-3 text-lg text-slate-600">
        <span lang={contentLang}>{source.publisher}</span>
        <Badge>{t(`sources.kinds.${source.kind}`)}</Badge>
      </p>

      <FactsBox
        id="source-details"
        title={t("source.details")}
        className="mt-8 max-w-3xl"
        items={[
          {
            label: t("source.address"),
            value: url ? (
              <a href={url} rel="noopener noreferrer nofollow" className="break-all">
                {url}
              </a>
            ) : (
              t("source.noAddress")
            ),
          },
          {
            label: t("source.archive"),
            value:
              archive || source.waybackUrl ? (
                <span className="flex flex-col gap-1">
                  {archive ? (
                    <a href={archive} rel="noopener noreferrer nofollow" className="break-all">
                      {archive}
                    </a>
                  ) : null}
                  {source.waybackUrl ? (
                    <a href={source.waybackUrl} rel="noopener noreferrer nofollow">
                      {t("source.wayback")}
                    </a>
                  ) : null}
                </span>
              ) : null,
          },
          { label: t("source.published"), value: date(source.publishedDate) },
          { label: t("source.accessed"), value: date(source.accessedDate) },
          {
            label: t("source.notes"),
            value: source.notes ? (
              <span lang={contentLang} className="whitespace-pre-line">
                {source.notes}
              </span>
            ) : null,
          },
        ]}
      />

      <Section id="source-supports" title={t("source.supports")} className="mt-12">
        {cites === 0 ? <p className="mt-2 text-slate-600">{t("source.nothing")}</p> : null}

        {series.length ? (
          <SupportedList title={t("source.ratings")}>
            {series.map((s) => (
              <li key={s.slug}>
                <Link href={`/ratings/${s.slug}`} lang={contentLang}>
                  {s.name}
                </Link>
                <span className="text-slate-600">: {s.years}</span>
              </li>
            ))}
          </SupportedList>
        ) : null}

        {source.topics.length ? (
          <SupportedList title={t("source.topics")}>
            {source.topics.map((x) => (
              <li key={x.slug}>
                <Link href={`/topics/${x.slug}`} lang={contentLang}>
                  {x.name}
                </Link>
              </li>
            ))}
          </SupportedList>
        ) : null}

        {source.events.length ? (
          <>
            <h3 className="mt-6 mb-2 text-lg font-semibold text-slate-900">{t("source.events")}</h3>
            <CompactEventList events={source.events} />
          </>
        ) : null}
      </Section>

      <JsonLd
        data={{
          ...sourceCreativeWork(locale, { ...source, url }),
          datePublished: source.publishedDate ?? undefined,
          inLanguage: CONTENT_LOCALE,
        }}
      />
      <CiteThis
        lead="source"
        item={{
          id: source.slug,
          type: CSL_TYPES[source.kind],
          title: source.title,
          publisher: source.publisher,
          url,
          issued: source.publishedDate,
          accessed: new Date(),
        }}
      />
      <HistoryLink path={`/sources/${source.slug}`} />
    </Container>
  );
}
