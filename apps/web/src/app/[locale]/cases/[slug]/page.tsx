import { Badge, Container, FootnoteRef, formatEventDate, isoAtPrecision } from "@kz/ui";
import { getTranslations } from "next-intl/server";

import { RecordBreadcrumbs } from "../../../../components/breadcrumbs";
import { CasePeople } from "../../../../components/case-list";
import { LastKnown } from "../../../../components/case-status";
import { CitationNotes } from "../../../../components/citation-notes";
import { CiteRecordPage } from "../../../../components/cite-this";
import { EventTimeline } from "../../../../components/event-timeline";
import { CommaList, FactsBox } from "../../../../components/facts";
import { JsonLd } from "../../../../components/json-ld";
import { RecordTitle } from "../../../../components/record-title";
import { Section } from "../../../../components/section";
import { TopicBadges } from "../../../../components/topic-badges";
import { getLabels } from "../../../../i18n/labels";
import { Link } from "../../../../i18n/navigation";
import { contentLangFor, CONTENT_LOCALE } from "../../../../i18n/routing";
import { fieldLang } from "../../../../lib/translated";
import { capitalise } from "../../../../lib/cases";
import { ACTOR_SCHEMA_TYPES } from "../../../../lib/json-ld";
import { recordReader } from "../../../../server/cached";
import { recordMetadata } from "../../../../server/localised-metadata";
import { absoluteUrl } from "../../../../server/page-metadata";
import { readRecordRequest } from "../../../../server/record-request";
import { sourceCreativeWork } from "../../../../server/source-json-ld";

export const generateMetadata = recordMetadata(recordReader("case"), (c) => ({
  href: `/cases/${c.slug}`,
  title: c.title,
  description: c.summary || undefined,
  article: { modifiedTime: c.updatedAt, tags: c.topics.map((x) => x.name) },
}));

/** Numbers for each list's citations, running on from one list to the next: [[1, 2], [3]]. */
function numbered<T extends { citations: readonly unknown[] }>(lists: readonly T[], from = 0) {
  let n = from;
  return lists.map((item) => item.citations.map(() => ++n));
}

export default async function CasePage(props: PageProps<"/[locale]/cases/[slug]">) {
  const { locale, record: c } = await readRecordRequest(props, recordReader("case"));
  const [t, labels] = await Promise.all([getTranslations(), getLabels()]);
  const contentLang = contentLangFor(locale);
  const url = absoluteUrl(locale, `/cases/${c.slug}`);
  const status = (s: (typeof c.entries)[number]["status"]) =>
    capitalise(t(`cases.statuses.${s}`), locale);
  const date = (iso: string, precision: "day" | "month" | "year") => (
    <time dateTime={isoAtPrecision(iso, precision)}>
      {formatEventDate(iso, null, precision, labels.dates)}
    </time>
  );

  // One numbered list of sources under the timeline and the findings, each marker linking to it.
  const entryNotes = numbered(c.entries);
  const findingNotes = numbered(c.findings, entryNotes.flat().length);
  const citations = [...c.entries, ...c.findings].flatMap((x) => x.citations);
  const markers = (ns: number[]) =>
    ns.map((n) => <FootnoteRef key={n} n={n} label={t("citations.marker", { n })} />);
  const sources = [...new Map(citations.map((x) => [x.source.slug, x.source])).values()];

  return (
    <Container>
      <RecordBreadcrumbs section={{ href: "/cases", label: t("nav.cases") }} name={c.title} />
      <article>
        <header className="mb-8">
          <RecordTitle lang={fieldLang(locale, c, "title")}>{c.title}</RecordTitle>
          <p className="mt-2 flex flex-wrap items-center gap-3 text-slate-600">
            <Badge>{t(`cases.kinds.${c.kind}`)}</Badge>
          </p>
          {c.summary ? (
            <p
              lang={fieldLang(locale, c, "summary")}
              className="mt-3 max-w-3xl text-lg text-slate-600"
            >
              {c.summary}
            </p>
          ) : null}
        </header>

        <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_17rem]">
          <FactsBox
            id="case-about"
            title={t("case.about")}
            className="h-fit lg:order-2"
            items={[
              {
                label: t("case.people"),
                value:
                  c.people.length || c.unnamedCount ? (
                    <CasePeople people={c.people} unnamedCount={c.unnamedCount} linked />
                  ) : null,
              },
              { label: t("case.kind"), value: t(`cases.kinds.${c.kind}`) },
              {
                label: t("case.charges"),
                value: c.charges ? <span lang={contentLang}>{c.charges}</span> : null,
              },
              {
                label: t("case.articles"),
                value: c.articles.length ? (
                  <ul lang={contentLang} className="space-y-0.5">
                    {c.articles.map((a) => (
                      <li key={a}>{a}</li>
                    ))}
                  </ul>
                ) : null,
              },
              {
                label: t("case.authority"),
                value: c.authority ? <span lang={contentLang}>{c.authority}</span> : null,
              },
              {
                label: t("case.detentionPlace"),
                value: c.detentionPlace ? <span lang={contentLang}>{c.detentionPlace}</span> : null,
              },
              {
                label: t("case.topics"),
                value: <TopicBadges topics={c.topics} locale={locale} />,
              },
              {
                label: t("case.lastUpdated"),
                value: (
                  <time dateTime={c.updatedAt}>
                    {formatEventDate(c.updatedAt.slice(0, 10), null, "day", labels.dates)}
                  </time>
                ),
              },
            ]}
          />

          <div className="min-w-0 lg:order-1">
            <Section
              id="last-known-status"
              title={t("case.lastKnownTitle")}
              heading="note"
              className="border-l-brand-700 rounded-lg border border-l-4 border-slate-200 bg-slate-50 p-5"
            >
              <LastKnown lastKnown={c.lastKnown} className="mt-2 text-lg text-slate-900" />
              {c.lastKnown?.sources.length ? (
                <p className="mt-2 text-sm text-slate-700">
                  {t("case.lastKnownSources")}:{" "}
                  <CommaList>
                    {c.lastKnown.sources.map((s) => (
                      <Link
                        key={s.slug}
                        href={`/sources/${s.slug}`}
                        lang={contentLang}
                        className="underline"
                      >
                        {s.name}
                      </Link>
                    ))}
                  </CommaList>
                </p>
              ) : null}
              <p className="mt-2 text-sm text-slate-700">{t("case.lastKnownNote")}</p>
            </Section>

            <Section id="case-timeline" title={t("case.timeline")} className="mt-10">
              {c.entries.length ? (
                <>
                  <p className="mt-1 text-sm text-slate-600">{t("case.timelineLead")}</p>
                  <ol className="mt-4 space-y-5 border-l-2 border-slate-200 pl-4">
                    {c.entries.map((e, i) => (
                      <li key={i}>
                        <p className="font-semibold text-slate-900">
                          {date(e.date, e.datePrecision)}
                          {" — "}
                          {e.term
                            ? t("cases.withTerm", { status: status(e.status), term: e.term })
                            : status(e.status)}
                          {e.note ? null : markers(entryNotes[i] ?? [])}
                        </p>
                        {e.note ? (
                          <p className="mt-1 text-slate-700">
                            <span lang={contentLang}>{e.note}</span>
                            {markers(entryNotes[i] ?? [])}
                          </p>
                        ) : null}
                      </li>
                    ))}
                  </ol>
                </>
              ) : (
                <p className="mt-2 text-slate-600">{t("case.noEntries")}</p>
              )}
            </Section>

            {c.findings.length ? (
              <Section id="case-findings" title={t("case.findings")} className="mt-10">
                <ul className="mt-4 space-y-4">
                  {c.findings.map((f, i) => (
                    <li key={i} className="rounded-lg border border-slate-200 p-4">
                      <p className="font-semibold text-slate-900">
                        <span lang={contentLang}>{f.body}</span>
                        {f.date ? <>, {date(f.date, f.datePrecision)}</> : null}
                      </p>
                      <p className="mt-1 text-slate-700">
                        <span lang={contentLang}>{f.finding}</span>
                        {markers(findingNotes[i] ?? [])}
                      </p>
                    </li>
                  ))}
                </ul>
              </Section>
            ) : null}

            <CitationNotes citations={citations} referenced />
          </div>
        </div>
      </article>

      {c.events.length ? (
        <Section id="case-events" title={t("case.events")} className="mt-12">
          <div className="mt-4">
            <EventTimeline events={c.events} level={3} idPrefix="case-year" />
          </div>
        </Section>
      ) : null}

      <JsonLd
        data={{
          "@type": "Article",
          headline: c.title,
          description: c.summary || undefined,
          url,
          inLanguage: CONTENT_LOCALE,
          dateModified: c.updatedAt,
          keywords: c.topics.map((x) => x.name).join(", ") || undefined,
          // A protected person's pseudonym is not a name to give search engines as a person's.
          about: c.people
            .filter((p) => !p.nameWithheld)
            .map((p) => ({
              "@type": ACTOR_SCHEMA_TYPES[p.kind],
              name: p.name,
              url: absoluteUrl(locale, `/actors/${p.slug}`),
            })),
          citation: sources.map((s) => sourceCreativeWork(locale, s)),
        }}
      />
      <CiteRecordPage
        locale={locale}
        path={`/cases/${c.slug}`}
        title={c.title}
        updatedAt={c.updatedAt}
      />
    </Container>
  );
}
