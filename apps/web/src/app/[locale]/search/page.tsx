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
import { getTranslations } from "next-intl/server";
import { Fragment, type ReactNode } from "react";

import { Section } from "../../../components/section";
import { Snippet } from "../../../components/snippet";
import { getLabels } from "../../../i18n/labels";
import { getPathname, Link } from "../../../i18n/navigation";
import { contentLangFor, type Locale } from "../../../i18n/routing";
import { firstParam, parseQuery } from "../../../lib/params";
import { searchRecord } from "../../../server/cached";
import { pageMetadata } from "../../../server/page-metadata";
import { readPageLocale } from "../../../server/page-locale";

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

/** The kinds of record a search finds: each a group of hits, and its pages' path. */
type Kind = "events" | "cases" | "sources" | "topics" | "actors";

/** A record found, with the words that matched. */
interface Found {
  slug: string;
  snippet: readonly SnippetSegment[];
}

/** The records of one kind that were found, under their heading; nothing when there are none. */
async function Group<R extends Found>({
  kind,
  records,
  more,
  children,
}: {
  kind: Kind;
  records: readonly R[] | undefined;
  /** A last item after the hits. */
  more?: ReactNode;
  /** A record as a hit. */
  children: (record: R) => ReactNode;
}) {
  if (!records?.length) return null;
  const t = await getTranslations("search");
  return (
    <Section id={`results-${kind}`} title={t(kind)} className="mt-10">
      <ul className="mt-2 divide-y divide-slate-200">
        {records.map((r) => (
          <Fragment key={r.slug}>{children(r)}</Fragment>
        ))}
        {more}
      </ul>
    </Section>
  );
}

/** One record found: its linked name, what it is (`children`), and where the words matched. */
function Hit({
  kind,
  record,
  title,
  lang,
  date,
  children,
}: {
  kind: Kind;
  record: Found;
  title: string;
  lang: string | undefined;
  /** For an event, its date above the name. */
  date?: string;
  children?: ReactNode;
}) {
  return (
    <li className="py-4">
      {date !== undefined ? <p className="text-sm text-slate-600">{date}</p> : null}
      <h3 lang={lang} className="font-serif text-lg font-semibold">
        <Link href={`/${kind}/${record.slug}`}>{title}</Link>
      </h3>
      {children}
      <Snippet segments={record.snippet} lang={lang} />
    </li>
  );
}

export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/search">) {
  const locale = await readPageLocale(params);
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

          <Group
            kind="events"
            records={results?.events}
            more={
              results?.events.length === LIMIT ? (
                <li className="py-4">
                  <Link href={hrefWith("/events", { q })}>{t("search.allEvents")} →</Link>
                </li>
              ) : null
            }
          >
            {(e) => (
              <Hit
                kind="events"
                record={e}
                title={e.title}
                lang={contentLang}
                date={formatEventDate(e.startDate, e.endDate, e.datePrecision, labels.dates)}
              />
            )}
          </Group>

          <Group kind="cases" records={results?.cases}>
            {(c) => (
              <Hit kind="cases" record={c} title={c.title} lang={contentLang}>
                <p className="mt-0.5">
                  <Badge>{t(`cases.kinds.${c.kind}`)}</Badge>
                </p>
              </Hit>
            )}
          </Group>

          <Group kind="sources" records={results?.sources}>
            {(s) => (
              <Hit kind="sources" record={s} title={s.title} lang={contentLang}>
                <p className="text-sm text-slate-600">
                  <span lang={contentLang}>{s.publisher}</span> · {t(`sources.kinds.${s.kind}`)}
                </p>
              </Hit>
            )}
          </Group>

          <Group kind="topics" records={results?.topics}>
            {(x) => <Hit kind="topics" record={x} title={x.name} lang={contentLang} />}
          </Group>

          <Group kind="actors" records={results?.actors}>
            {(a) => (
              <Hit kind="actors" record={a} title={a.name} lang={contentLang}>
                <p className="mt-0.5 flex flex-wrap gap-2">
                  <Badge>{t(`actors.kinds.${a.kind}`)}</Badge>
                  {a.nameWithheld ? <Badge tone="warning">{t("actors.nameWithheld")}</Badge> : null}
                </p>
              </Hit>
            )}
          </Group>
        </>
      )}
    </Container>
  );
}
