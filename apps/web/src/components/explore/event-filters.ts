/**
 * The /events filters as the URL carries them: several values per facet (`topic=a&topic=b`), a
 * date range, a text query and an order. Parsing drops what the API would refuse; `canonicalQuery`
 * is the one address of a filter (no empty parameters, values sorted, a fixed parameter order),
 * so a submitted form is redirected to it and every link is built the same way.
 */
import {
  EVENT_ORDERS,
  firstParam,
  parseEnum,
  parseQuery,
  parseSlug,
  parseYear,
  type EventOrder,
  type SearchParams,
} from "../../lib/params";

/** The API takes at most this many values per facet. */
const MAX_VALUES = 20;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface EventFacetFilters {
  q?: string;
  topic: string[];
  place: string[];
  actor: string[];
  year: number[];
  from?: string;
  to?: string;
  order: EventOrder;
  /** The long facet shown with all its values (`more=actor`); the others show their top values. */
  more?: ListedFacet;
}

export type FacetName = "topic" | "place" | "actor" | "year";

/** The facets whose values are cut to the top ones unless asked for in full (years never are). */
export const LISTED_FACETS = ["topic", "place", "actor"] as const;
export type ListedFacet = (typeof LISTED_FACETS)[number];

const allParams = (params: SearchParams, name: string): string[] => {
  const value = params[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};

const distinctSorted = <T extends string | number>(values: (T | undefined)[]): T[] =>
  [...new Set(values.filter((v): v is T => v !== undefined))]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MAX_VALUES);

export function parseDate(value: string | undefined): string | undefined {
  const date = value?.trim();
  if (!date || !ISO_DATE.test(date)) return undefined;
  // A real calendar day: 2019-02-30 is refused, not rolled over.
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date)
    ? date
    : undefined;
}

export function parseFacetFilters(params: SearchParams): EventFacetFilters {
  return {
    q: parseQuery(firstParam(params, "q")),
    topic: distinctSorted(allParams(params, "topic").map(parseSlug)),
    place: distinctSorted(allParams(params, "place").map(parseSlug)),
    actor: distinctSorted(allParams(params, "actor").map(parseSlug)),
    year: distinctSorted(allParams(params, "year").map(parseYear)),
    from: parseDate(firstParam(params, "from")),
    to: parseDate(firstParam(params, "to")),
    order: parseEnum(firstParam(params, "order"), EVENT_ORDERS) ?? "desc",
    more: parseEnum(firstParam(params, "more"), LISTED_FACETS),
  };
}

/** A range whose start is after its end: the page says so and applies neither date. */
export const reversedRange = (f: EventFacetFilters) => !!f.from && !!f.to && f.from > f.to;

/**
 * The filters as URL parameters in their fixed order; empty ones and the default order left out.
 * `more` is kept (a page link keeps a facet shown in full) though it filters nothing.
 */
export function filterParams(f: EventFacetFilters) {
  const list = <T>(values: T[]) => (values.length ? values : undefined);
  return {
    q: f.q,
    topic: list(f.topic),
    place: list(f.place),
    actor: list(f.actor),
    year: list(f.year),
    from: f.from,
    to: f.to,
    order: f.order === "desc" ? undefined : f.order,
    more: f.more,
  };
}

/** What the API is asked for (event.list, event.facets): a reversed range is not applied. */
export function apiFilters(f: EventFacetFilters) {
  const range = reversedRange(f) ? {} : { from: f.from, to: f.to };
  const list = <T>(values: T[]) => (values.length ? values : undefined);
  return {
    q: f.q,
    topics: list(f.topic),
    places: list(f.place),
    actors: list(f.actor),
    years: list(f.year),
    ...range,
  };
}

/** The query string of these filters (and a page position), in the one order links use. */
export function canonicalQuery(
  f: EventFacetFilters,
  position: { cursor?: string; trail?: string } = {},
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filterParams(f), ...position })) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== "") query.append(key, String(one));
    }
  }
  return query.toString();
}

/** The query string as the request gave it (Next groups a repeated key into a list). */
export function givenQuery(params: SearchParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : [value ?? ""]) query.append(key, one);
  }
  return query.toString();
}

/** The filters with one facet value added or removed (the facet links and the timeline's bars). */
export function toggled(f: EventFacetFilters, facet: FacetName, value: string | number) {
  const values: Array<string | number> = f[facet];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...f, [facet]: distinctSorted(next) } as EventFacetFilters;
}

/** Only these years, everything else unchanged. */
export const withYears = (f: EventFacetFilters, years: number[]): EventFacetFilters => ({
  ...f,
  year: years,
});
