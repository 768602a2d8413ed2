import { Container, hrefWith, Markdown } from "@kz/ui";
import { getTranslations } from "next-intl/server";

import { RecordBreadcrumbs } from "../../../../components/breadcrumbs";
import { CaseList } from "../../../../components/case-list";
import { CiteRecordPage } from "../../../../components/cite-this";
import { CitationNotes } from "../../../../components/citation-notes";
import { EventTimeline } from "../../../../components/event-timeline";
import { JsonLd } from "../../../../components/json-ld";
import { Section } from "../../../../components/section";
import { TopicFacts } from "../../../../components/topic-facts";
import { Link } from "../../../../i18n/navigation";
import { CONTENT_LOCALE } from "../../../../i18n/routing";
import { fieldLang } from "../../../../lib/translated";
import { TranslationNote } from "../../../../components/translation-note";
import { listReader, recordReader } from "../../../../server/cached";
import { recordMetadata } from "../../../../server/localised-metadata";
import { readRecordRequest } from "../../../../server/record-request";
import { absoluteUrl } from "../../../../server/page-metadata";
import { sourceCreativeWork } from "../../../../server/source-json-ld";

/** The overview's first paragraph as plain text, for link previews. */
function firstParagraph(markdown: string): string {
  const paragraph = markdown.split(/\n\s*\n/).find((p) => p.trim() && !p.startsWith("#")) ?? "";
  const text = paragraph
    .replace(/[*_`>#[\]]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > 300 ? `${text.slice(0, 297).trimEnd()}…` : text;
}

export const generateMetadata = recordMetadata(recordReader("topic"), (topic) => ({
  href: `/topics/${topic.slug}`,
  title: topic.name,
  description: firstParagraph(topic.overview),
  article: { publishedTime: topic.publishedAt, modifiedTime: topic.updatedAt },
}));

export default async function TopicPage(props: PageProps<"/[locale]/topics/[slug]">) {
  const { locale, record: topic } = await readRecordRequest(props, recordReader("topic"));
  // Cached under the cases' tags: a case filed under this topic shows here once published.
  const [t, cases] = await Promise.all([
    getTranslations(),
    listReader("case")({ topic: topic.slug, locale }),
  ]);

  return (
    <Container>
      <RecordBreadcrumbs section={{ href: "/topics", label: t("nav.topics") }} name={topic.name} />
      <article>
        <h1
          lang={fieldLang(locale, topic, "name")}
          className="text-brand-900 mb-6 font-serif text-3xl font-semibold tracking-tight sm:text-4xl"
        >
          {topic.name}
        </h1>
        <TranslationNote translation={topic.translation} />
        <Markdown
          source={topic.overview}
          firstHeading={2}
          lang={fieldLang(locale, topic, "overview")}
          className="max-w-3xl"
        />
        <CitationNotes citations={topic.citations} />
      </article>

      <TopicFacts facts={topic.facts} />

      <Section
        id="topic-events"
        title={t("topic.events")}
        className="mt-12"
        aside={
          topic.events.length ? (
            <Link href={hrefWith("/events", { topic: topic.slug })}>{t("topic.filterEvents")}</Link>
          ) : null
        }
      >
        <p className="mt-1 mb-4 text-sm text-slate-600">
          {topic.events.length
            ? t("topic.eventsLead", { count: topic.events.length })
            : t("topic.noEvents")}
        </p>
        <EventTimeline events={topic.events} level={3} />
      </Section>

      {cases.items.length ? (
        <Section
          id="topic-cases"
          title={t("topic.cases")}
          className="mt-12"
          aside={
            <Link href={hrefWith("/cases", { topic: topic.slug })}>{t("topic.filterCases")}</Link>
          }
        >
          <div className="mt-4">
            <CaseList cases={cases.items} headingLevel={3} />
          </div>
        </Section>
      ) : null}

      <JsonLd
        data={{
          "@type": "Article",
          headline: topic.name,
          url: absoluteUrl(locale, `/topics/${topic.slug}`),
          inLanguage: CONTENT_LOCALE,
          datePublished: topic.publishedAt ?? undefined,
          dateModified: topic.updatedAt,
          citation: [...topic.citations, ...topic.facts.flatMap((f) => f.citations)].map((c) =>
            sourceCreativeWork(locale, c.source),
          ),
        }}
      />
      <CiteRecordPage
        locale={locale}
        path={`/topics/${topic.slug}`}
        title={topic.name}
        updatedAt={topic.updatedAt}
      />
    </Container>
  );
}
