import { describe, expect, it } from "vitest";

import { AppError } from "../errors";
import {
  cursorPosition,
  dateKey,
  decodeCursor,
  encodeCursor,
  encodePositionCursor,
  keysetPageOf,
  pageOf,
  textKey,
} from "./pagination";

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

describe("position cursors", () => {
  const noLookup = () => Promise.reject(new Error("not an id-only cursor"));

  it("round-trip a date or text key with the id, opaque to the client", async () => {
    const at = new Date("2011-12-16T00:00:00.000Z");
    const cursor = encodePositionCursor(at, "cmabc");
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await cursorPosition(cursor, dateKey, noLookup)).toEqual({ key: at, id: "cmabc" });
    expect(await cursorPosition(encodePositionCursor("Amnesty", "x1"), textKey, noLookup)).toEqual({
      key: "Amnesty",
      id: "x1",
    });
    expect(await cursorPosition(undefined, textKey, noLookup)).toBeUndefined();
  });

  it("look up an id-only cursor of an older page", async () => {
    const found = await cursorPosition(encodeCursor("cmold"), textKey, async (id) => `key-${id}`);
    expect(found).toEqual({ key: "key-cmold", id: "cmold" });
  });

  it("refuse a key of another kind of list", async () => {
    const error = await cursorPosition(
      encodePositionCursor("not a date", "a"),
      dateKey,
      noLookup,
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as AppError).code).toBe("BAD_REQUEST");
    expect((error as AppError).message).toContain("issued by another list");
  });

  it("are issued for the last item of a page that has a next one", () => {
    const rows = [
      { id: "a", title: "A" },
      { id: "b", title: "B" },
      { id: "c", title: "C" },
    ];
    expect(keysetPageOf(rows, 2, (r) => r.title).nextCursor).toBe(encodePositionCursor("B", "b"));
    expect(keysetPageOf(rows, 3, (r) => r.title).nextCursor).toBeNull();
  });
});
