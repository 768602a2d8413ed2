import { AppError } from "../errors";

// Two kinds of cursor. The public lists' cursors carry their position: the sort key and the id of
// the last item seen, so the next page continues from there even if that item has since been
// unpublished or purged (an id alone would point nowhere, and the listing would end early). The
// admin's lists still page with Prisma's `cursor` on an id.

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const HOW = "Pass back the nextCursor of an earlier page, or leave cursor out to start again";

const invalidCursor = (why: string) =>
  new AppError("BAD_REQUEST", `Invalid cursor: ${why}. ${HOW}.`, {
    fieldErrors: { cursor: [`${why}. ${HOW}.`] },
  });

/** Opaque cursors: the id of the last item seen, base64url-encoded so clients don't build them. */
export function encodeCursor(id: string): string {
  return Buffer.from(id, "utf8").toString("base64url");
}

/** The id inside a cursor; a cursor no server issued is refused as BAD_REQUEST on `cursor`. */
export function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, "base64url").toString("utf8");
  if (!ID.test(id)) throw invalidCursor("it is not one this server issued");
  return id;
}

/** A sort key as a cursor holds it: dates as ISO strings. */
export type SortKey = string | number | Date | null;

/** Where a page ended: the last item's sort key and id. */
export interface Position<Key> {
  key: Key;
  id: string;
}

/** A cursor for the position after `id`, whose sort key is `key`. */
export function encodePositionCursor(key: SortKey, id: string): string {
  const value = key instanceof Date ? key.toISOString() : key;
  return Buffer.from(JSON.stringify([value, id]), "utf8").toString("base64url");
}

/** How a list reads its sort key back from a cursor: undefined when it is not one of its keys. */
export type KeyReader<Key> = (raw: unknown) => Key | undefined;

export const dateKey: KeyReader<Date> = (raw) => {
  if (typeof raw !== "string") return undefined;
  const date = new Date(raw);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

export const textKey: KeyReader<string> = (raw) =>
  typeof raw === "string" && raw.length <= 2_000 ? raw : undefined;

const CURSOR_NOT_IN_LIST =
  "This cursor does not point into the list: start again from the first page";

/**
 * The position a public list's cursor names. A position cursor carries it, and is valid whether or
 * not its item still exists: a position in the published order says nothing of unpublished
 * records. An id-only cursor (issued before cursors carried their position) is looked up with
 * `findKey` among what the caller may see: a draft's, a trashed or an unknown id is BAD_REQUEST,
 * never the page after it, so such cursors cannot tell which unpublished records exist or where
 * they sort. Anything else is BAD_REQUEST with a message saying what to send.
 */
export async function cursorPosition<Key>(
  cursor: string | null | undefined,
  readKey: KeyReader<Key>,
  findKey: (id: string) => Promise<Key | null>,
): Promise<Position<Key> | undefined> {
  if (!cursor) return undefined;
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) {
    throw invalidCursor("a cursor is base64url text (letters, digits, - and _)");
  }
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  if (ID.test(text)) {
    const key = await findKey(text);
    if (key === null) {
      throw new AppError("BAD_REQUEST", CURSOR_NOT_IN_LIST, {
        fieldErrors: { cursor: [CURSOR_NOT_IN_LIST] },
      });
    }
    return { key, id: text };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalidCursor("it is not one this server issued");
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[1] !== "string") {
    throw invalidCursor("it is not one this server issued");
  }
  const key = readKey(parsed[0]);
  if (key === undefined || !ID.test(parsed[1])) {
    throw invalidCursor("it was issued by another list, or has been altered");
  }
  return { key, id: parsed[1] };
}

/** Splits a `take: limit + 1` result into the page and the cursor of the next one (an id). */
export function pageOf<Row extends { id: string }>(rows: Row[], limit: number) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}

/** pageOf for a public list: the next page's cursor carries the last item's position. */
export function keysetPageOf<Row extends { id: string }>(
  rows: Row[],
  limit: number,
  keyOf: (row: Row) => SortKey,
) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    page,
    nextCursor: rows.length > limit && last ? encodePositionCursor(keyOf(last), last.id) : null,
  };
}
