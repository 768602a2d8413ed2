import { Container, hrefWith, Markdown } from "@kz/ui";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { Breadcrumbs } from "../../../../components/breadcrumbs";
import { CitationNotes } from "../../../../components/citation-notes";
import { EventTimeline } from "../../../../components/event-timeline";
import { JsonLd } from "../../../../components/json-ld";
import { Link } from "../../../../i18n/navigation";
import { CONTENT_LOCALE, type Locale } from "../../../../i18n/routing";
import { topicBySlug } from "../../../../server/cached";
import { absoluteUrl, pageMetadata } from "../../../../server/page-metadata";

/** The overview's first paragraph as plain text, for link previews. */
function firstParagraph(markdown: string): string {
  const paragraph = markdown.split(/\n\s*\n/).find((p) => p.trim() && !p.startsWith("#")) ?? "";
  const text = paragraph
    .replace(/[*_`>#[\]]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > 300 ? `${text.slice(0, 297).trimEnd()}…` : text;
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/topics/[slug]">): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const [t, topic] = await Promise.all([getTranslations({ locale }), topicBySlug(slug)]);
  if (!topic) notFound();
  return pageMetadata({
    locale,
    href: `/topics/${topic.slug}`,
    title: topic.name,
    description: firstParagraph(topic.overview),
    siteName: t("meta.siteName"),
    article: { publishedTime: topic.publishedAt, modifiedTime: topic.updatedAt },
  });
}

export default async function TopicPage({ params }: PageProps<"/[locale]/topics/[slug]">) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const [t, topic] = await Promise.all([getTranslations(), topicBySlug(slug)]);
  if (!topic) notFound();
  const contentLang = locale === CONTENT_LOCALE ? undefined : CONTENT_LOCALE;

  return (
    <Container>
      <Breadcrumbs
        trail={[{ href: "/topics", label: t("nav.topics") }]}
        current={topic.name}
        currentLang={contentLang}
      />
      <article>
        <h1
          lang={contentLang}
          className="text-brand-900 mb-6 font-serif text-3xl font-semibold tracking-tight sm:text-4xl"
        >
          {topic.name}
        </h1>
        <Markdown source={topic.overview} lang={contentLang} className="max-w-3xl" />
        <CitationNotes citations={topic.citations} />
      </article>

      <section aria-labelledby="topic-events" className="mt-12">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4">
          <h2 id="topic-events" className="text-brand-900 font-serif text-2xl font-semibold">
            {t("topic.events")}
          </h2>
          {topic.events.length ? (
            <Link href={hrefWith("/events", { topic: topic.slug })}>{t("topic.filterEvents")}</Link>
          ) : null}
        </div>
        <p className="mt-1 mb-4 text-sm text-slate-600">
          {topic.events.length
            ? t("topic.eventsLead", { count: topic.events.length })
            : t("topic.noEvents")}
        </p>
        <EventTimeline events={topic.events} level={3} />
      </section>

      <JsonLd
        data={{
          "@type": "Article",
          headline: topic.name,
          url: absoluteUrl(locale, `/topics/${topic.slug}`),
          inLanguage: CONTENT_LOCALE,
          datePublished: topic.publishedAt ?? undefined,
          dateModified: topic.updatedAt,
          citation: topic.citations.map((c) => ({
            "@type": "CreativeWork",
            name: c.source.title,
            publisher: { "@type": "Organization", name: c.source.publisher },
            url: c.source.url ?? absoluteUrl(locale, `/sources/${c.source.slug}`),
          })),
        }}
      />
    </Container>
  );
}
