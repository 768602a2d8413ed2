import { Pagination, type PaginationLabels } from "@kz/ui";

import {
  nextPageParams,
  pageStatus,
  parseCursorPage,
  previousPageParams,
  type CursorPage,
} from "../lib/cursor-pages";
import { firstParam, type SearchParams } from "../lib/format";

type PageParams = ReturnType<typeof nextPageParams>;

/** The page a list's URL asks for (its `cursor` and `trail` parameters). */
export const cursorPageOf = (params: SearchParams): CursorPage =>
  parseCursorPage(firstParam(params.cursor), firstParam(params.trail));

/** Newer / older links around one page of a cursor-paged list, and where the reader is in it. */
export function CursorPagination({
  page,
  result,
  limit,
  href,
  labels,
}: {
  page: CursorPage;
  result: { items: unknown[]; nextCursor: string | null; total: number };
  limit: number;
  /** The URL of another page of the same list: the current filters with these parameters. */
  href: (params: PageParams) => string;
  labels?: PaginationLabels;
}) {
  const previous = previousPageParams(page);
  return (
    <Pagination
      previousHref={previous ? href(previous) : null}
      nextHref={result.nextCursor ? href(nextPageParams(page, result.nextCursor)) : null}
      status={pageStatus(page, limit, result.items.length, result.total)}
      labels={labels}
    />
  );
}
