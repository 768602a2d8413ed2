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

/** Splits a `take: limit + 1` result into the page and the cursor of the next one. */
export function pageOf<Row extends { id: string }>(rows: Row[], limit: number) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}
