import { Container, formatEventDate, isoAtPrecision, Markdown } from "@kz/ui";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { RecordBreadcrumbs } from "../../../../components/breadcrumbs";
import { CitationNotes } from "../../../../components/citation-notes";
import { EventItem } from "../../../../components/event-item";
import { RecordCases } from "../../../../components/case-list";
import { CommaList, FactsBox } from "../../../../components/facts";
import { JsonLd } from "../../../../components/json-ld";
import { PreviewBanner } from "../../../../components/preview-banner";
import { CiteRecordPage } from "../../../../components/cite-this";
import { Section } from "../../../../components/section";
import { TopicBadges } from "../../../../components/topic-badges";
import { TranslationNote } from "../../../../components/translation-note";
import { getLabels } from "../../../../i18n/labels";
import { Link } from "../../../../i18n/navigation";
import { contentLangFor, CONTENT_LOCALE, type Locale } from "../../../../i18n/routing";
import { actorsWithRoles } from "../../../../lib/group";
import { fieldLang, recordLanguages } from "../../../../lib/translated";
import { ACTOR_SCHEMA_TYPES } from "../../../../lib/json-ld";
import { listReader, recordReader } from "../../../../server/cached";
import { absoluteUrl, pageMetadata } from "../../../../server/page-metadata";
import { eventPreviewFor } from "../../../../server/preview";
import { sourceCreativeWork } from "../../../../server/source-json-ld";

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<"/[locale]/events/[slug]">): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const preview = await eventPreviewFor(slug, searchParams);
  const [t, event] = await Promise.all([
    getTranslations({ locale }),
    preview ?? recordReader("event")(slug, locale),
  ]);
  if (!event) notFound();
  return pageMetadata({
    noindex: preview !== null,
    locale,
    languages: recordLanguages(event),
    href: `/events/${event.slug}`,
    title: event.title,
    description: event.summary,
    siteName: t("meta.siteName"),
    article: {
      publishedTime: event.publishedAt,
      modifiedTime: event.updatedAt,
      tags: event.topics.map((x) => x.name),
    },
  });
}

export default async function EventPage({
  params,
  searchParams,
}: PageProps<"/[locale]/events/[slug]">) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  // In draft mode with a valid preview link: the unpublished working copy, read uncached.
  const preview = await eventPreviewFor(slug, searchParams);
  const [t, labels, event] = await Promise.all([
    getTranslations(),
    getLabels(),
    preview ?? recordReader("event")(slug, locale),
  ]);
  if (!event) notFound();
  // Read once the event is known to exist (an unknown slug must not fill the cache), under the
  // cases' tags: a case linked to this event shows here once published.
  const cases = await listReader("case")({ event: event.slug, locale });

  const contentLang = contentLangFor(locale);
  const day = (instant: string) => formatEventDate(instant.slice(0, 10), null, "day", labels.dates);
  const actors = actorsWithRoles(event.actors);
  const url = absoluteUrl(locale, `/events/${event.slug}`);

  return (
    <Container>
      {preview ? <PreviewBanner /> : null}
      <RecordBreadcrumbs section={{ href: "/events", label: t("nav.events") }} name={event.title} />
      <article>
        <header className="mb-8">
          <p className="text-brand-700 font-medium">
            <time dateTime={isoAtPrecision(event.startDate, event.datePrecision)}>
              {formatEventDate(event.startDate, event.endDate, event.datePrecision, labels.dates)}
            </time>
          </p>
          <h1
            lang={fieldLang(locale, event, "title")}
            className="text-brand-900 mt-1 font-serif text-3xl font-semibold tracking-tight sm:text-4xl"
          >
            {event.title}
          </h1>
          <p
            lang={fieldLang(locale, event, "summary")}
            className="mt-3 max-w-3xl text-lg text-slate-600"
          >
            {event.summary}
          </p>
          <TranslationNote translation={event.translation} />
        </header>

        <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_17rem]">
          <FactsBox
            id="event-about"
            title={t("event.about")}
            className="h-fit lg:order-2"
            items={[
              {
                label: t("event.places"),
                value: event.places.length ? (
                  <CommaList>
                    {event.places.map((p) => (
                      <Link
                        key={p.slug}
                        href={`/places/${p.slug}`}
                        lang={fieldLang(locale, p, "name")}
                      >
                        {p.name}
                      </Link>
                    ))}
                  </CommaList>
                ) : null,
              },
              {
                label: t("event.actors"),
                value: actors.length ? (
                  <ul className="space-y-1.5">
                    {actors.map((a) => (
                      <li key={a.slug} lang={contentLang}>
                        <Link href={`/actors/${a.slug}`}>{a.name}</Link>
                        {a.nameWithheld ? (
                          <span className="text-slate-600">, {t("actors.nameWithheld")}</span>
                        ) : null}
                        {a.roles.length ? (
                          <span className="block text-slate-600">{a.roles.join("; ")}</span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : null,
              },
              {
                label: t("event.topics"),
                value: <TopicBadges topics={event.topics} locale={locale} />,
              },
              {
                label: t("event.firstPublished"),
                value: event.publishedAt ? (
                  <time dateTime={event.publishedAt}>{day(event.publishedAt)}</time>
                ) : null,
              },
              {
                label: t("event.lastUpdated"),
                value: <time dateTime={event.updatedAt}>{day(event.updatedAt)}</time>,
              },
              {
                label: t("event.updateNote"),
                value: event.lastUpdateNote ? (
                  <span lang={contentLang}>{event.lastUpdateNote}</span>
                ) : null,
              },
            ]}
          />

          <div className="min-w-0 lg:order-1">
            <Markdown
              source={event.body}
              firstHeading={2}
              lang={fieldLang(locale, event, "body")}
            />
            <CitationNotes citations={event.citations} />
          </div>
        </div>
      </article>

      {event.related.length ? (
        <Section
          id="related-events"
          title={t("event.related")}
          className="mt-12 border-t border-slate-200 pt-6"
        >
          {event.related.map((e) => (
            <EventItem key={e.id} event={e} headingLevel={3} />
          ))}
        </Section>
      ) : null}

      <RecordCases
        id="event-cases"
        title={t("event.cases")}
        cases={cases.items}
        className="mt-12 border-t border-slate-200 pt-6"
      />

      <JsonLd
        data={{
          "@type": "Article",
          headline: event.title,
          description: event.summary,
          url,
          inLanguage: CONTENT_LOCALE,
          datePublished: event.publishedAt ?? undefined,
          dateModified: event.updatedAt,
          keywords: event.topics.map((x) => x.name).join(", ") || undefined,
          about: {
            "@type": "Event",
            name: event.title,
            startDate: isoAtPrecision(event.startDate, event.datePrecision),
            endDate: event.endDate ? isoAtPrecision(event.endDate, event.datePrecision) : undefined,
            location: event.places.map((p) => ({
              "@type": "Place",
              name: p.name,
              url: absoluteUrl(locale, `/places/${p.slug}`),
            })),
          },
          mentions: actors.map((a) => ({
            "@type": ACTOR_SCHEMA_TYPES[a.kind],
            name: a.name,
            url: absoluteUrl(locale, `/actors/${a.slug}`),
          })),
          citation: event.citations.map((c) => sourceCreativeWork(locale, c.source)),
        }}
      />
      <CiteRecordPage
        locale={locale}
        path={`/events/${event.slug}`}
        title={event.title}
        updatedAt={event.updatedAt}
      />
    </Container>
  );
}
