import { Badge, Container, formatEventDate, safeUrl } from "@kz/ui";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { Breadcrumbs } from "../../../../components/breadcrumbs";
import { CompactEventList } from "../../../../components/compact-event-list";
import { Facts } from "../../../../components/facts";
import { JsonLd } from "../../../../components/json-ld";
import { getLabels } from "../../../../i18n/labels";
import { Link } from "../../../../i18n/navigation";
import { CONTENT_LOCALE, type Locale } from "../../../../i18n/routing";
import { ratingsBySeries } from "../../../../lib/group";
import { sourceBySlug } from "../../../../server/cached";
import { absoluteUrl, pageMetadata } from "../../../../server/page-metadata";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/sources/[slug]">): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const [t, source] = await Promise.all([getTranslations({ locale }), sourceBySlug(slug)]);
  if (!source) notFound();
  return pageMetadata({
    locale,
    href: `/sources/${source.slug}`,
    title: source.title,
    description: `${source.publisher}. ${source.notes}`.trim(),
    siteName: t("meta.siteName"),
  });
}

export default async function SourcePage({ params }: PageProps<"/[locale]/sources/[slug]">) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const [t, labels, source] = await Promise.all([
    getTranslations(),
    getLabels(),
    sourceBySlug(slug),
  ]);
  if (!source) notFound();
  const contentLang = locale === CONTENT_LOCALE ? undefined : CONTENT_LOCALE;
  const url = source.url ? safeUrl(source.url) : null;
  const date = (iso: string | null) =>
    iso ? <time dateTime={iso}>{formatEventDate(iso, null, "day", labels.dates)}</time> : null;
  const series = ratingsBySeries(source.ratings);
  const cites = source.events.length + series.length + source.topics.length;

  return (
    <Container>
      <Breadcrumbs
        trail={[{ href: "/sources", label: t("nav.sources") }]}
        current={source.title}
        currentLang={contentLang}
      />
      <h1
        lang={contentLang}
        className="text-brand-900 font-serif text-3xl font-semibold tracking-tight sm:text-4xl"
      >
        {source.title}
      </h1>
      <p className="mt-2 flex flex-wrap items-center gap-3 text-lg text-slate-600">
        <span lang={contentLang}>{source.publisher}</span>
        <Badge>{t(`sources.kinds.${source.kind}`)}</Badge>
      </p>

      <section
        aria-labelledby="source-details"
        className="mt-8 max-w-3xl rounded-lg border border-slate-200 bg-slate-50 p-5"
      >
        <h2 id="source-details" className="text-brand-900 mb-3 font-serif text-lg font-semibold">
          {t("source.details")}
        </h2>
        <Facts
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
      </section>

      <section aria-labelledby="source-supports" className="mt-12">
        <h2 id="source-supports" className="text-brand-900 font-serif text-2xl font-semibold">
          {t("source.supports")}
        </h2>
        {cites === 0 ? <p className="mt-2 text-slate-600">{t("source.nothing")}</p> : null}

        {series.length ? (
          <>
            <h3 className="mt-6 text-lg font-semibold text-slate-900">{t("source.ratings")}</h3>
            <ul className="mt-2 space-y-1">
              {series.map((s) => (
                <li key={s.slug}>
                  <Link href={`/ratings/${s.slug}`} lang={contentLang}>
                    {s.name}
                  </Link>
                  <span className="text-slate-600">: {s.years}</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}

        {source.topics.length ? (
          <>
            <h3 className="mt-6 text-lg font-semibold text-slate-900">{t("source.topics")}</h3>
            <ul className="mt-2 space-y-1">
              {source.topics.map((x) => (
                <li key={x.slug}>
                  <Link href={`/topics/${x.slug}`} lang={contentLang}>
                    {x.name}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}

        {source.events.length ? (
          <>
            <h3 className="mt-6 mb-2 text-lg font-semibold text-slate-900">{t("source.events")}</h3>
            <CompactEventList events={source.events} />
          </>
        ) : null}
      </section>

      <JsonLd
        data={{
          "@type": "CreativeWork",
          name: source.title,
          publisher: { "@type": "Organization", name: source.publisher },
          url: url ?? absoluteUrl(locale, `/sources/${source.slug}`),
          datePublished: source.publishedDate ?? undefined,
          inLanguage: CONTENT_LOCALE,
        }}
      />
    </Container>
  );
}
