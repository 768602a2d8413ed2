import {
  Container,
  FilterBar,
  hrefWith,
  PageHeading,
  Pagination,
  TextFilter,
  type QueryValue,
} from "@kz/ui";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { getLabels } from "../i18n/labels";
import { getPathname } from "../i18n/navigation";
import type { Locale } from "../i18n/routing";
import { isFiltered, pageLinks, positionParams, type PagePosition } from "../lib/params";

/**
 * A public list page: its heading, the filter form (GET, so every view has an address) with the
 * text query first, how many match, the list or a word that nothing does, and pagination that
 * keeps the filters. The words come from the messages named like the page (`actors.title`, …).
 */
export async function ListPage({
  section,
  locale,
  params,
  filters,
  countId,
  emptyHint,
  page,
  position,
  pageSize,
  children,
}: {
  /** The page's path without the language prefix, and its messages' namespace. */
  section: "actors" | "sources" | "events";
  locale: Locale;
  /** The filters as URL parameters, kept by the pagination links; `q` is the text query. */
  params: { q?: string } & Record<string, QueryValue>;
  /** The filter controls after the text query's. */
  filters: ReactNode;
  countId?: string;
  emptyHint?: string;
  page: { items: unknown[]; nextCursor: string | null; total: number };
  position: PagePosition;
  pageSize: number;
  /** The list itself, shown when there is something to list. */
  children: ReactNode;
}) {
  const [t, labels] = await Promise.all([getTranslations(), getLabels()]);
  const path = getPathname({ locale, href: `/${section}` });
  const filtered = isFiltered(params);
  const links = pageLinks(position, page.nextCursor, pageSize);
  const pageHref = (p: PagePosition | null) =>
    p ? hrefWith(path, { ...params, ...positionParams(p) }) : null;
  return (
    <Container>
      <PageHeading title={t(`${section}.title`)} lead={t(`${section}.lead`)} />
      <FilterBar
        action={path}
        label={t(`${section}.filterLabel`)}
        submitLabel={t("filters.apply")}
        reset={filtered ? { href: path, label: t("filters.reset") } : undefined}
      >
        <TextFilter name="q" type="search" label={t("filters.query")} value={params.q} />
        {filters}
      </FilterBar>

      <p className="mt-6 mb-2 text-sm font-medium text-slate-700" id={countId}>
        {filtered
          ? t(`${section}.countFiltered`, { count: page.total })
          : t(`${section}.count`, { count: page.total })}
      </p>

      {page.items.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 p-6">
          <p className="font-medium text-slate-900">{t(`${section}.empty`)}</p>
          {emptyHint ? <p className="mt-1 text-slate-600">{emptyHint}</p> : null}
        </div>
      ) : (
        children
      )}

      <Pagination
        previousHref={pageHref(links.previous)}
        nextHref={pageHref(links.next)}
        status={
          page.items.length && (links.previous || links.next)
            ? t("pagination.status", {
                from: links.from,
                to: links.from + page.items.length - 1,
                total: page.total,
              })
            : undefined
        }
        labels={labels.pagination}
      />
    </Container>
  );
}
