import { Container, PageHeading, RatingsChart, RatingsTable } from "@kz/ui";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { RecordBreadcrumbs } from "../../../../components/breadcrumbs";
import { CitationNotes } from "../../../../components/citation-notes";
import { Facts } from "../../../../components/facts";
import { RatingsDownloadNote } from "../../../../components/ratings-download-note";
import { Section } from "../../../../components/section";
import { getLabels } from "../../../../i18n/labels";
import { contentLangFor, type Locale } from "../../../../i18n/routing";
import { fieldLang } from "../../../../lib/translated";
import {
  distinctCitations,
  ratingRowId,
  seriesShape,
  toRatingPoint,
} from "../../../../lib/ratings";
import { listRatings } from "../../../../server/cached";
import { pageMetadata } from "../../../../server/page-metadata";

type Props = PageProps<"/[locale]/ratings/[series]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, series } = (await params) as { locale: Locale; series: string };
  const [t, data] = await Promise.all([getTranslations({ locale }), listRatings(series)]);
  if (!data) return { title: t("notFound.title") };
  return pageMetadata({
    locale,
    href: `/ratings/${series}`,
    title: data.series.name,
    description: data.series.description,
    siteName: t("meta.siteName"),
  });
}

/**
 * One rating series: Freedom in the World as a chart with its table, a ranking as a table; how to
 * read the figures; and the sources behind them. An unknown series is a 404.
 */
export default async function RatingSeriesPage({ params }: Props) {
  const { locale, series: slug } = (await params) as { locale: Locale; series: string };
  setRequestLocale(locale);
  const data = await listRatings(slug, locale);
  if (!data) notFound();
  const [t, labels] = await Promise.all([getTranslations("ratings"), getLabels()]);
  const { series, items } = data;
  const contentLang = contentLangFor(locale);
  const first = items[0]?.year;
  const last = items.at(-1)?.year;
  const range = first !== undefined && last !== undefined ? { from: first, to: last } : null;
  const citations = distinctCitations(items);

  return (
    <Container>
      <RecordBreadcrumbs section={{ href: "/ratings", label: t("title") }} name={series.name} />
      <div lang={fieldLang(locale, series, "name")}>
        <PageHeading
          title={series.name}
          lead={<span lang={fieldLang(locale, series, "description")}>{series.description}</span>}
        />
      </div>

      <div className="mb-10 grid gap-6 sm:grid-cols-2">
        <Facts
          items={[
            { label: t("publisher"), value: <span lang={contentLang}>{series.publisher}</span> },
            {
              label: t("yearsLabel"),
              value: range ? t("yearsCovered", range) : t("noRatings"),
            },
          ]}
        />
        <Facts
          items={[
            {
              label: t("scaleLabel"),
              value: <span lang={contentLang}>{series.scaleDescription}</span>,
            },
            { label: t("yearNoteLabel"), value: <span lang={contentLang}>{series.yearNote}</span> },
          ]}
        />
      </div>

      {!range ? (
        <p>{t("noRatings")}</p>
      ) : seriesShape(items) === "freedom" ? (
        <>
          <Section id="chart" title={t("chartHeading")} heading="spaced">
            {/* Two drawings, one shown: the phone's has fewer labels and larger marks (no script). */}
            <div className="hidden sm:block" data-chart="wide">
              <RatingsChart
                items={items.map(toRatingPoint)}
                series={series}
                labels={labels.ratingsChart}
              />
            </div>
            <div className="sm:hidden" data-chart="narrow">
              <RatingsChart
                items={items.map(toRatingPoint)}
                series={series}
                labels={labels.ratingsChart}
                narrow
              />
            </div>
          </Section>
          <Section id="table" title={t("tableHeading")} heading="spaced" className="mt-10">
            <RatingsTable
              items={items.map(toRatingPoint)}
              caption={t("tableCaption", { series: series.name, ...range })}
              labels={{ ...labels.ratingsTable, note: t("note") }}
              rowId={ratingRowId}
            />
          </Section>
        </>
      ) : (
        <Section id="table" title={t("tableHeading")} heading="spaced">
          <div className="overflow-x-auto">
            <table className="kz-table">
              <caption>{t("rankCaption", { series: series.name, ...range })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("year")}</th>
                  <th scope="col">{t("rank")}</th>
                  {items.some((i) => i.score !== null) ? <th scope="col">{t("score")}</th> : null}
                  <th scope="col">{t("note")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((i) => (
                  <tr key={i.year} id={ratingRowId(i.year)}>
                    <th scope="row">{i.year}</th>
                    <td>{i.rank ?? "–"}</td>
                    {items.some((x) => x.score !== null) ? <td>{i.score ?? "–"}</td> : null}
                    <td lang={contentLang}>{i.note ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Section>
      )}

      <CitationNotes citations={citations} />

      <RatingsDownloadNote />
    </Container>
  );
}
