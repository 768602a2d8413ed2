import { AppError } from "../errors";

/** Opaque cursors: the id of the last item seen, base64url-encoded so clients don't build them. */
export function encodeCursor(id: string): string {
  return Buffer.from(id, "utf8").toString("base64url");
}

/** The id inside a cursor; a cursor no server issued is refused as BAD_REQUEST on `cursor`. */
export function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, "base64url").toString("utf8");
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
    throw new AppError("BAD_REQUEST", "Invalid cursor", {
      fieldErrors: { cursor: ["Pass back a nextCursor from an earlier page"] },
    });
  }
  return id;
}

const CURSOR_NOT_IN_LIST =
  "This cursor does not point into the list: start again from the first page";

/**
 * A public list's cursor and the row it points at, found by `find` among what the caller may see: a
 * cursor made from a draft's, a trashed or an unknown record's id is BAD_REQUEST, never the page
 * after it, so cursors cannot tell which unpublished records exist or where they sort.
 */
export async function findCursorRow<Row>(
  cursor: string | null | undefined,
  find: (id: string) => Promise<Row | null>,
): Promise<{ id: string; row: Row } | undefined> {
  if (!cursor) return undefined;
  const id = decodeCursor(cursor);
  const row = await find(id);
  if (row === null) {
    throw new AppError("BAD_REQUEST", CURSOR_NOT_IN_LIST, {
      fieldErrors: { cursor: [CURSOR_NOT_IN_LIST] },
    });
  }
  return { id, row };
}

/** Splits a `take: limit + 1` result into the page and the cursor of the next one. */
export function pageOf<Row extends { id: string }>(rows: Row[], limit: number) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}
