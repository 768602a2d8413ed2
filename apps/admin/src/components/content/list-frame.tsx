import { FilterBar, hrefWith, PageHeading, Pagination, type QueryValue } from "@kz/ui";
import Link from "next/link";
import type { ReactNode } from "react";

import {
  nextPageParams,
  pageStatus,
  previousPageParams,
  type CursorPage,
} from "../../lib/cursor-pages";
import { KINDS, type Kind } from "../../lib/kinds";

const linkButton =
  "bg-brand-700 hover:bg-brand-900 inline-flex items-center rounded-md px-4 py-2 text-sm font-semibold text-white no-underline hover:no-underline";
export const secondaryLinkButton =
  "inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 no-underline hover:bg-slate-50 hover:no-underline";

/**
 * A content list page: heading with "New", a GET filter form (so every view has a URL), the table
 * and cursor pagination that keeps the filters.
 */
export function ListFrame({
  kind,
  lead,
  newHref,
  actions,
  filters,
  keep,
  filterValues,
  page,
  result,
  limit,
  children,
}: {
  kind: Kind;
  lead: string;
  /** Shown when the role may create. */
  newHref: string | null;
  /** More links beside "New" (e.g. the ratings import). */
  actions?: ReactNode;
  /** The filter controls (TextFilter, SelectFilter …). */
  filters: ReactNode;
  /** Parameters the filter form carries along unchanged (e.g. the ratings series). */
  keep?: Record<string, string | undefined>;
  /** The current filters, for the pagination links. */
  filterValues: Record<string, QueryValue>;
  page: CursorPage;
  result: { items: unknown[]; nextCursor: string | null; total: number };
  limit: number;
  children: ReactNode;
}) {
  const info = KINDS[kind];
  const previous = previousPageParams(page);
  const href = (p: Record<string, QueryValue>) => hrefWith(info.path, { ...filterValues, ...p });
  return (
    <>
      <PageHeading title={info.plural} lead={lead} />
      <div className="space-y-5">
        <div className="flex flex-wrap justify-end gap-2">
          {actions}
          {newHref ? (
            <Link href={newHref} className={linkButton}>
              New {info.label.toLowerCase()}
            </Link>
          ) : null}
        </div>
        <FilterBar
          action={info.path}
          label={`Filter ${info.plural.toLowerCase()}`}
          submitLabel="Apply"
          keep={keep}
          reset={{ href: hrefWith(info.path, keep ?? {}), label: "Clear filters" }}
        >
          {filters}
        </FilterBar>
        {children}
        <Pagination
          previousHref={previous ? href(previous) : null}
          nextHref={result.nextCursor ? href(nextPageParams(page, result.nextCursor)) : null}
          status={pageStatus(page, limit, result.items.length, result.total)}
          className="mt-4"
        />
      </div>
    </>
  );
}

/** A date column's value (an event's date, a source's publication) on one line. */
export function DateCell({ children }: { children: ReactNode }) {
  return <span className="whitespace-nowrap">{children}</span>;
}

export function UpdatedCell({ at, by }: { at: Date; by: string | null }) {
  return (
    <span className="text-slate-600">
      <time dateTime={at.toISOString()}>{at.toISOString().slice(0, 10)}</time>
      {by ? <span className="block text-xs">{by}</span> : null}
    </span>
  );
}

export const ORDER_OPTIONS = [
  { value: "desc", label: "Descending" },
  { value: "asc", label: "Ascending" },
];
