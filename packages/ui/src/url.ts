type QueryScalar = string | number | null | undefined;
/** A list is one repeated parameter (`topic=a&topic=b`), as a form's checkboxes send it. */
export type QueryValue = QueryScalar | readonly QueryScalar[];

/**
 * A path with a query string, leaving out empty values, so that filter and page links stay short
 * and a link built from the current filters plus one change keeps the rest.
 */
export function hrefWith(pathname: string, params: Record<string, QueryValue>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== null && one !== undefined && one !== "") query.append(key, String(one));
    }
  }
  const qs = query.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}
