import { actorKindOutput } from "@kz/api";
import { Badge, Container, PageHeading, SelectFilter, TextFilter } from "@kz/ui";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { FilteredList } from "../../../components/filtered-list";
import { getPathname, Link } from "../../../i18n/navigation";
import { CONTENT_LOCALE, type Locale } from "../../../i18n/routing";
import { firstParam, isFiltered, parseEnum, parsePosition, parseQuery } from "../../../lib/params";
import { orNotFound } from "../../../server/bad-input";
import { listActors } from "../../../server/cached";
import { pageMetadata } from "../../../server/page-metadata";

const PAGE_SIZE = 50;
const KINDS = actorKindOutput.options;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/actors">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale });
  return pageMetadata({
    locale,
    href: "/actors",
    title: t("actors.title"),
    description: t("actors.metaDescription"),
    siteName: t("meta.siteName"),
  });
}

export default async function ActorsPage({ params, searchParams }: PageProps<"/[locale]/actors">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const query = await searchParams;
  const filters = {
    q: parseQuery(firstParam(query, "q")),
    kind: parseEnum(firstParam(query, "kind"), KINDS),
  };
  const position = parsePosition(query);
  const [t, page] = await Promise.all([
    getTranslations(),
    orNotFound(listActors({ ...filters, limit: PAGE_SIZE, cursor: position.cursor })),
  ]);

  const path = getPathname({ locale, href: "/actors" });
  const filtered = isFiltered(filters);
  const contentLang = locale === CONTENT_LOCALE ? undefined : CONTENT_LOCALE;

  return (
    <Container>
      <PageHeading title={t("actors.title")} lead={t("actors.lead")} />
      <FilteredList
        path={path}
        filterLabel={t("actors.filterLabel")}
        params={filters}
        filtered={filtered}
        count={
          filtered
            ? t("actors.countFiltered", { count: page.total })
            : t("actors.count", { count: page.total })
        }
        empty={t("actors.empty")}
        page={page}
        position={position}
        pageSize={PAGE_SIZE}
        filters={
          <>
            <TextFilter name="q" type="search" label={t("filters.query")} value={filters.q} />
            <SelectFilter
              name="kind"
              label={t("actors.kind")}
              emptyLabel={t("actors.allKinds")}
              options={KINDS.map((k) => ({ value: k, label: t(`actors.kinds.${k}`) }))}
              value={filters.kind}
            />
          </>
        }
      >
        <ul className="divide-y divide-slate-200 border-y border-slate-200">
          {page.items.map((actor) => (
            <li
              key={actor.id}
              className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3"
            >
              <div className="min-w-0">
                <Link
                  href={`/actors/${actor.slug}`}
                  lang={contentLang}
                  className="font-serif text-lg font-semibold"
                >
                  {actor.name}
                </Link>
                {actor.otherNames.length ? (
                  <p className="text-sm text-slate-600">
                    {t("actors.otherNames")}:{" "}
                    <span lang={contentLang}>{actor.otherNames.join(", ")}</span>
                  </p>
                ) : null}
              </div>
              <p className="flex items-center gap-3 text-sm text-slate-600">
                <Badge>{t(`actors.kinds.${actor.kind}`)}</Badge>
                {t("actors.eventCount", { count: actor.eventCount })}
              </p>
            </li>
          ))}
        </ul>
      </FilteredList>
    </Container>
  );
}
