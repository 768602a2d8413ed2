import type { SnippetSegment } from "@kz/api";
import {
  Badge,
  Container,
  FilterBar,
  formatEventDate,
  hrefWith,
  PageHeading,
  TextFilter,
} from "@kz/ui";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";

import { Section } from "../../../components/section";
import { Snippet } from "../../../components/snippet";
import { getLabels } from "../../../i18n/labels";
import { getPathname, Link } from "../../../i18n/navigation";
import { contentLangFor, type Locale } from "../../../i18n/routing";
import { firstParam, parseQuery } from "../../../lib/params";
import { searchRecord } from "../../../server/cached";
import { pageMetadata } from "../../../server/page-metadata";

/** Hits per kind of record. */
const LIMIT = 20;

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<"/[locale]/search">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const q = parseQuery(firstParam(await searchParams, "q"));
  const t = await getTranslations({ locale });
  return pageMetadata({
    locale,
    href: "/search",
    title: q ? t("search.titleFor", { q }) : t("search.title"),
    description: t("search.lead"),
    siteName: t("meta.siteName"),
    // Result pages are endless and thin; the records themselves are what should be indexed.
    noindex: Boolean(q),
  });
}

function Group({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Section id={id} title={title} className="mt-10">
      <ul className="mt-2 divide-y divide-slate-200">{children}</ul>
    </Section>
  );
}

/** One record found: its linked name, what it is (`children`), and where the words matched. */
function Hit({
  href,
  title,
  lang,
  date,
  snippet,
  children,
}: {
  href: string;
  title: string;
  lang: string | undefined;
  /** For an event, its date above the name. */
  date?: string;
  snippet: readonly SnippetSegment[];
  children?: ReactNode;
}) {
  return (
    <li className="py-4">
      {date !== undefined ? <p className="text-sm text-slate-600">{date}</p> : null}
      <h3 lang={lang} className="font-serif text-lg font-semibold">
        <Link href={href}>{title}</Link>
      </h3>
      {children}
      <Snippet segments={snippet} lang={lang} />
    </li>
  );
}

export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/search">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const q = parseQuery(firstParam(await searchParams, "q"));
  const [t, labels, results] = await Promise.all([
    getTranslations(),
    getLabels(),
    q ? searchRecord({ q, limit: LIMIT }) : null,
  ]);
  const contentLang = contentLangFor(locale);
  const count = results
    ? results.events.length +
      results.cases.length +
      results.sources.length +
      results.topics.length +
      results.actors.length
    : 0;

  return (
    <Container>
      <PageHeading title={t("search.title")} lead={t("search.lead")} />
      <FilterBar
        action={getPathname({ locale, href: "/search" })}
        label={t("search.label")}
        submitLabel={t("search.submit")}
      >
        <TextFilter name="q" type="search" label={t("search.field")} value={q} />
      </FilterBar>

      {q && results?.correction?.applied ? (
        <p className="mt-6 text-slate-700" role="status">
          {t("search.showingFor", { q, corrected: results.correction.q })}
        </p>
      ) : results?.correction ? (
        <p className="mt-6 text-slate-700">
          {t("search.didYouMean")}{" "}
          <Link href={hrefWith("/search", { q: results.correction.q })} className="font-medium">
            {results.correction.q}
          </Link>
        </p>
      ) : null}

      {!q ? (
        <p className="mt-6 text-slate-600">{t("search.prompt")}</p>
      ) : count === 0 ? (
        <div className="mt-6 rounded-lg border border-dashed border-slate-300 p-6">
          <p className="font-medium text-slate-900">{t("search.none", { q })}</p>
          <p className="mt-1 text-slate-600">{t("search.noneHint")}</p>
        </div>
      ) : (
        <>
          <p className="mt-6 text-sm font-medium text-slate-700">
            {t("search.summary", { count, q })}
          </p>

          {results?.events.length ? (
            <Group id="results-events" title={t("search.events")}>
              {results.events.map((e) => (
                <Hit
                  key={e.id}
                  href={`/events/${e.slug}`}
                  title={e.title}
                  lang={contentLang}
                  date={formatEventDate(e.startDate, e.endDate, e.datePrecision, labels.dates)}
                  snippet={e.snippet}
                />
              ))}
              {results.events.length === LIMIT ? (
                <li className="py-4">
                  <Link href={hrefWith("/events", { q })}>{t("search.allEvents")} →</Link>
                </li>
              ) : null}
            </Group>
          ) : null}

          {results?.cases.length ? (
            <Group id="results-cases" title={t("search.cases")}>
              {results.cases.map((c) => (
                <Hit
                  key={c.slug}
                  href={`/cases/${c.slug}`}
                  title={c.title}
                  lang={contentLang}
                  snippet={c.snippet}
                >
                  <p className="mt-0.5">
                    <Badge>{t(`cases.kinds.${c.kind}`)}</Badge>
                  </p>
                </Hit>
              ))}
            </Group>
          ) : null}

          {results?.sources.length ? (
            <Group id="results-sources" title={t("search.sources")}>
              {results.sources.map((s) => (
                <Hit
                  key={s.id}
                  href={`/sources/${s.slug}`}
                  title={s.title}
                  lang={contentLang}
                  snippet={s.snippet}
                >
                  <p className="text-sm text-slate-600">
                    <span lang={contentLang}>{s.publisher}</span> · {t(`sources.kinds.${s.kind}`)}
                  </p>
                </Hit>
              ))}
            </Group>
          ) : null}

          {results?.topics.length ? (
            <Group id="results-topics" title={t("search.topics")}>
              {results.topics.map((x) => (
                <Hit
                  key={x.slug}
                  href={`/topics/${x.slug}`}
                  title={x.name}
                  lang={contentLang}
                  snippet={x.snippet}
                />
              ))}
            </Group>
          ) : null}

          {results?.actors.length ? (
            <Group id="results-actors" title={t("search.actors")}>
              {results.actors.map((a) => (
                <Hit
                  key={a.slug}
                  href={`/actors/${a.slug}`}
                  title={a.name}
                  lang={contentLang}
                  snippet={a.snippet}
                >
                  <p className="mt-0.5 flex flex-wrap gap-2">
                    <Badge>{t(`actors.kinds.${a.kind}`)}</Badge>
                    {a.nameWithheld ? (
                      <Badge tone="warning">{t("actors.nameWithheld")}</Badge>
                    ) : null}
                  </p>
                </Hit>
              ))}
            </Group>
          ) : null}
        </>
      )}
    </Container>
  );
}
