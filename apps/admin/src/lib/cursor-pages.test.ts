import { describe, expect, it } from "vitest";

import {
  isCursor,
  nextPageParams,
  pageNumber,
  pageStatus,
  parseCursorPage,
  previousPageParams,
} from "./cursor-pages";

const cursor = (id: string) => Buffer.from(id).toString("base64url");
const [c1, c2, c3] = [cursor("cm1aaaaaaaa"), cursor("cm2bbbbbbbb"), cursor("cm3cccccccc")];

describe("cursor pages", () => {
  it("accepts only cursors the API could have issued", () => {
    expect(isCursor(c1)).toBe(true);
    expect(isCursor(undefined)).toBe(false);
    expect(isCursor("not a cursor")).toBe(false);
    expect(isCursor(cursor("a'; drop table"))).toBe(false);
  });

  it("walks forward, keeping the way back", () => {
    const first = parseCursorPage(undefined, undefined);
    expect(pageNumber(first)).toBe(1);
    expect(previousPageParams(first)).toBeNull();

    const toSecond = nextPageParams(first, c1);
    expect(toSecond).toEqual({ cursor: c1, trail: undefined });
    const second = parseCursorPage(c1, undefined);
    expect(pageNumber(second)).toBe(2);

    const toThird = nextPageParams(second, c2);
    expect(toThird).toEqual({ cursor: c2, trail: c1 });
    const third = parseCursorPage(c2, c1);
    expect(pageNumber(third)).toBe(3);
    expect(nextPageParams(third, c3)).toEqual({ cursor: c3, trail: `${c1}.${c2}` });

    expect(previousPageParams(third)).toEqual({ cursor: c1, trail: undefined });
    expect(previousPageParams(second)).toEqual({ cursor: undefined, trail: undefined });
  });

  it("falls back to the first page on a forged cursor, and drops a forged trail", () => {
    expect(parseCursorPage("%%%", c1)).toEqual({ trail: [] });
    expect(parseCursorPage(c2, `${c1}.bad!`)).toEqual({ cursor: c2, trail: [] });
  });

  it("describes where the reader is", () => {
    expect(pageStatus(parseCursorPage(undefined, undefined), 20, 20, 45)).toBe("1–20 of 45");
    expect(pageStatus(parseCursorPage(c2, c1), 20, 5, 45)).toBe("41–45 of 45");
    expect(pageStatus(parseCursorPage(undefined, undefined), 20, 0, 0)).toBe("No results");
  });
});
