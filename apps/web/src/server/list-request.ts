import "server-only";

import { parsePosition, type SearchParams } from "../lib/params";
import { readPageLocale } from "./page-locale";

/**
 * What a paginated list page is asked for: its language (set for the request's translations),
 * the filters read from the URL by `parseFilters`, and where in the list the reader is.
 */
export async function readListRequest<Filters>(
  props: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> },
  parseFilters: (query: SearchParams) => Filters,
) {
  const locale = await readPageLocale(props.params);
  const query = await props.searchParams;
  return { locale, filters: parseFilters(query), position: parsePosition(query) };
}
