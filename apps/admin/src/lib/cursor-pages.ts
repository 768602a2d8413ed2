import type { QueryValue } from "@kz/ui";

/**
 * Cursor pagination with a way back. The API only pages forward (`nextCursor`), so the URL carries the
 * cursor of the current page and, in `trail`, the cursors of the pages before it (the first page has
 * none). "Previous" pops the trail; "Next" pushes the current cursor. Every page has a shareable URL.
 */
export interface CursorPage {
  cursor?: string;
  trail: string[];
}

// The API's cursors are base64url ids; anything else would be a 400 from the API, so it is dropped here
// and the reader lands on the first page instead of an error.
const CURSOR = /^[A-Za-z0-9_-]{1,200}$/;
const SEPARATOR = ".";
/** Enough to page far back; keeps URLs bounded. */
export const MAX_TRAIL = 50;

export function isCursor(value: string | undefined): value is string {
  if (!value || !CURSOR.test(value)) return false;
  const id = Buffer.from(value, "base64url").toString("utf8");
  return /^[A-Za-z0-9_-]{1,64}$/.test(id);
}

export function parseCursorPage(cursor: string | undefined, trail: string | undefined): CursorPage {
  if (!isCursor(cursor)) return { trail: [] };
  const earlier = (trail ?? "").split(SEPARATOR).filter(Boolean);
  if (!earlier.every(isCursor)) return { cursor, trail: [] };
  return { cursor, trail: earlier.slice(-MAX_TRAIL) };
}

type PageParams = { cursor: QueryValue; trail: QueryValue };

const toParams = (page: CursorPage): PageParams => ({
  cursor: page.cursor,
  trail: page.trail.length ? page.trail.join(SEPARATOR) : undefined,
});

/** The parameters of the page after this one. */
export function nextPageParams(page: CursorPage, nextCursor: string): PageParams {
  const trail = page.cursor ? [...page.trail, page.cursor].slice(-MAX_TRAIL) : [];
  return toParams({ cursor: nextCursor, trail });
}

/** The parameters of the page before this one, or null on the first page. */
export function previousPageParams(page: CursorPage): PageParams | null {
  if (!page.cursor) return null;
  return toParams({ cursor: page.trail.at(-1), trail: page.trail.slice(0, -1) });
}

/** 1 on the first page. */
export function pageNumber(page: CursorPage): number {
  return page.cursor ? page.trail.length + 2 : 1;
}

/** "21–40 of 130", "No results", for a page of `count` items of `limit`. */
export function pageStatus(page: CursorPage, limit: number, count: number, total: number): string {
  if (total === 0 || count === 0) return "No results";
  const first = (pageNumber(page) - 1) * limit + 1;
  return `${first}–${first + count - 1} of ${total}`;
}
