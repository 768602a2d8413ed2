import { firstParam, type SearchParams } from "./format";

/** The parameter if it is one of `allowed`, else undefined (a hand-edited URL never breaks a page). */
export function oneOf<T extends string>(
  params: SearchParams,
  key: string,
  allowed: readonly T[],
): T | undefined {
  const value = firstParam(params[key]);
  return value !== undefined && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

/** A four-digit year the API accepts, else undefined. */
export function yearParam(params: SearchParams, key = "year"): number | undefined {
  const value = firstParam(params[key]);
  if (!value || !/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= 1800 && year <= 2100 ? year : undefined;
}

/** Free text for the API's `q` (1–200 characters), else undefined. */
export function textParam(params: SearchParams, key = "q"): string | undefined {
  return firstParam(params[key])?.slice(0, 200);
}

/** An id-like parameter (a record id), else undefined. */
export function idParam(params: SearchParams, key: string): string | undefined {
  const value = firstParam(params[key]);
  return value && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : undefined;
}

export const ORDERS = ["asc", "desc"] as const;
