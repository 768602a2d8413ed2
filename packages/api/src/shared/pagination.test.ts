import { describe, expect, it } from "vitest";

import { AppError } from "../errors";
import { decodeCursor, encodeCursor, pageOf } from "./pagination";

describe("cursors", () => {
  it("round-trips an id", () => {
    expect(decodeCursor(encodeCursor("cmabc123xyz"))).toBe("cmabc123xyz");
  });

  it.each(["!!!", encodeCursor("x'; DROP TABLE"), encodeCursor("a\u0000b"), encodeCursor("")])(
    "refuses a cursor no server issued (%j) as BAD_REQUEST on cursor",
    (cursor) => {
      const error = (() => {
        try {
          decodeCursor(cursor);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("BAD_REQUEST");
      expect((error as AppError).details.fieldErrors).toHaveProperty("cursor");
    },
  );

  it("pages a limit + 1 result", () => {
    const rows = [{ id: "a" }, { id: "b" }, { id: "c" }];
    expect(pageOf(rows, 2)).toEqual({ page: rows.slice(0, 2), nextCursor: encodeCursor("b") });
    expect(pageOf(rows, 3)).toEqual({ page: rows, nextCursor: null });
  });
});
