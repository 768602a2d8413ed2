/**
 * Reading list filters from the URL. Anything that does not look like a value the API accepts is
 * dropped, so a hand-edited or stale URL shows the unfiltered list instead of an error page.
 */

export type SearchParams = Record<string, string | string[] | undefined>;

const SLUG = /^[a-z0-9-]{1,120}$/;
/** The API's cursors are base64url; the trail joins them with dots. */
const CURSOR = /^[A-Za-z0-9_-]{1,200}$/;
const MAX_QUERY = 200;
const MAX_TRAIL = 100;

/** The first value of a parameter given once or repeated. */
export function firstParam(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

export function parseSlug(value: string | undefined): string | undefined {
  const slug = value?.trim();
  return slug && SLUG.test(slug) ? slug : undefined;
}

// Control characters mean nothing to a search (the API turns them into spaces as well).
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

export function parseQuery(value: string | undefined): string | undefined {
  const q = value?.replace(CONTROL_CHARACTERS, " ").trim().slice(0, MAX_QUERY).trim();
  return q ? q : undefined;
}

export function parseYear(value: string | undefined): number | undefined {
  if (!value || !/^\d{4}$/.test(value.trim())) return undefined;
  const year = Number(value.trim());
  return year >= 1900 && year <= 2100 ? year : undefined;
}

export function parseEnum<const T extends string>(
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  return allowed.find((a) => a === value);
}

/** The filters of a list of records that come in kinds (actors, sources): a text query and a kind. */
export function parseKindFilters<const T extends string>(
  params: SearchParams,
  kinds: readonly T[],
) {
  return {
    q: parseQuery(firstParam(params, "q")),
    kind: parseEnum(firstParam(params, "kind"), kinds),
  };
}

/** Where the reader is in a cursor-paginated list: see `pageLinks`. */
export interface PagePosition {
  /** The cursor this page starts after; none on the first page. */
  cursor?: string;
  /** The cursors of the earlier pages after the first, oldest first, so "previous" has a URL. */
  trail: string[];
}

export function parsePosition(params: SearchParams): PagePosition {
  const raw = firstParam(params, "cursor");
  const cursor = raw && CURSOR.test(raw) ? raw : undefined;
  if (!cursor) return { trail: [] };
  const trail = (firstParam(params, "trail") ?? "")
    .split(".")
    .filter((c) => CURSOR.test(c))
    .slice(-MAX_TRAIL);
  return { cursor, trail };
}

/** A position as URL parameters (undefined ones are left out of links). */
export function positionParams(position: PagePosition): { cursor?: string; trail?: string } {
  return {
    cursor: position.cursor,
    trail: position.trail.length ? position.trail.join(".") : undefined,
  };
}

export interface PageLinks {
  previous: PagePosition | null;
  next: PagePosition | null;
  /** 1-based number of the first item on this page, e.g. 21 on the second page of 20. */
  from: number;
}

/**
 * Previous and next pages of a cursor-paginated list. Cursors only go forward, so each page's URL
 * carries the cursors of the pages before it: "previous" pops one, "next" pushes the current one.
 */
export function pageLinks(
  position: PagePosition,
  nextCursor: string | null,
  limit: number,
): PageLinks {
  const index = position.cursor ? position.trail.length + 1 : 0;
  return {
    previous: position.cursor
      ? { cursor: position.trail.at(-1), trail: position.trail.slice(0, -1) }
      : null,
    next: nextCursor
      ? { cursor: nextCursor, trail: position.cursor ? [...position.trail, position.cursor] : [] }
      : null,
    from: index * limit + 1,
  };
}

export const EVENT_ORDERS = ["desc", "asc"] as const;
export type EventOrder = (typeof EVENT_ORDERS)[number];

/** True when any filter narrows the list (the order only sorts it). */
export function isFiltered(filters: object): boolean {
  return Object.entries(filters).some(([key, value]) => key !== "order" && value !== undefined);
}
