import { sourceKindOutput } from "@kz/api";
import { Badge, Container, formatEventDate, PageHeading, SelectFilter, TextFilter } from "@kz/ui";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { FilteredList } from "../../../components/filtered-list";
import { getLabels } from "../../../i18n/labels";
import { getPathname, Link } from "../../../i18n/navigation";
import { CONTENT_LOCALE, type Locale } from "../../../i18n/routing";
import { firstParam, isFiltered, parseEnum, parsePosition, parseQuery } from "../../../lib/params";
import { orNotFound } from "../../../server/bad-input";
import { listSources } from "../../../server/cached";
import { pageMetadata } from "../../../server/page-metadata";

const PAGE_SIZE = 25;
const KINDS = sourceKindOutput.options;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/sources">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale });
  return pageMetadata({
    locale,
    href: "/sources",
    title: t("sources.title"),
    description: t("sources.metaDescription"),
    siteName: t("meta.siteName"),
  });
}

export default async function SourcesPage({
  params,
  searchParams,
}: PageProps<"/[locale]/sources">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const query = await searchParams;
  const filters = {
    q: parseQuery(firstParam(query, "q")),
    kind: parseEnum(firstParam(query, "kind"), KINDS),
  };
  const position = parsePosition(query);
  const [t, labels, page] = await Promise.all([
    getTranslations(),
    getLabels(),
    orNotFound(listSources({ ...filters, limit: PAGE_SIZE, cursor: position.cursor })),
  ]);

  const path = getPathname({ locale, href: "/sources" });
  const filtered = isFiltered(filters);
  const contentLang = locale === CONTENT_LOCALE ? undefined : CONTENT_LOCALE;

  return (
    <Container>
      <PageHeading title={t("sources.title")} lead={t("sources.lead")} />
      <FilteredList
        path={path}
        filterLabel={t("sources.filterLabel")}
        params={filters}
        filtered={filtered}
        count={
          filtered
            ? t("sources.countFiltered", { count: page.total })
            : t("sources.count", { count: page.total })
        }
        empty={t("sources.empty")}
        page={page}
        position={position}
        pageSize={PAGE_SIZE}
        filters={
          <>
            <TextFilter name="q" type="search" label={t("filters.query")} value={filters.q} />
            <SelectFilter
              name="kind"
              label={t("sources.kind")}
              emptyLabel={t("sources.allKinds")}
              options={KINDS.map((k) => ({ value: k, label: t(`sources.kinds.${k}`) }))}
              value={filters.kind}
            />
          </>
        }
      >
        <ul className="divide-y divide-slate-200 border-y border-slate-200">
          {page.items.map((source) => (
            <li key={source.id} className="py-4">
              <p lang={contentLang}>
                <Link href={`/sources/${source.slug}`} className="font-serif text-lg font-semibold">
                  {source.title}
                </Link>
              </p>
              <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
                <span lang={contentLang}>{source.publisher}</span>
                <Badge>{t(`sources.kinds.${source.kind}`)}</Badge>
                {source.publishedDate ? (
                  <time dateTime={source.publishedDate}>
                    {formatEventDate(source.publishedDate, null, "day", labels.dates)}
                  </time>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      </FilteredList>
    </Container>
  );
}
