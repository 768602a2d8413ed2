export type QueryValue = string | number | null | undefined;

/**
 * A path with a query string, leaving out empty values, so that filter and page links stay short
 * and a link built from the current filters plus one change keeps the rest.
 */
export function hrefWith(pathname: string, params: Record<string, QueryValue>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, String(value));
  }
  const qs = query.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}
