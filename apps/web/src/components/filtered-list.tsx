import { FilterBar, hrefWith, Pagination, type QueryValue } from "@kz/ui";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { getLabels } from "../i18n/labels";
import { pageLinks, positionParams, type PagePosition } from "../lib/params";

/**
 * A public list page below its heading: the filter form (GET, so every view has an address), how
 * many match, the list or a word that nothing does, and pagination that keeps the filters.
 */
export async function FilteredList({
  path,
  filterLabel,
  filters,
  params,
  filtered,
  count,
  countId,
  empty,
  emptyHint,
  page,
  position,
  pageSize,
  children,
}: {
  /** The page's localised path, where the filter form sends its request. */
  path: string;
  filterLabel: string;
  /** The filter controls. */
  filters: ReactNode;
  /** The filters as URL parameters, kept by the pagination links. */
  params: Record<string, QueryValue>;
  filtered: boolean;
  count: string;
  countId?: string;
  empty: string;
  emptyHint?: string;
  page: { items: unknown[]; nextCursor: string | null; total: number };
  position: PagePosition;
  pageSize: number;
  /** The list itself, shown when there is something to list. */
  children: ReactNode;
}) {
  const [t, labels] = await Promise.all([getTranslations(), getLabels()]);
  const links = pageLinks(position, page.nextCursor, pageSize);
  const pageHref = (p: PagePosition | null) =>
    p ? hrefWith(path, { ...params, ...positionParams(p) }) : null;
  return (
    <>
      <FilterBar
        action={path}
        label={filterLabel}
        submitLabel={t("filters.apply")}
        reset={filtered ? { href: path, label: t("filters.reset") } : undefined}
      >
        {filters}
      </FilterBar>

      <p className="mt-6 mb-2 text-sm font-medium text-slate-700" id={countId}>
        {count}
      </p>

      {page.items.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 p-6">
          <p className="font-medium text-slate-900">{empty}</p>
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
    </>
  );
}
