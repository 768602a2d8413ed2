import { describe, expect, it } from "vitest";

import {
  firstParam,
  isFiltered,
  pageLinks,
  parseEnum,
  parseKindFilters,
  parsePosition,
  parseQuery,
  parseSlug,
  parseYear,
  positionParams,
} from "./params";

describe("filter parameters", () => {
  it("takes the first of repeated parameters", () => {
    expect(firstParam({ topic: ["a", "b"] }, "topic")).toBe("a");
  });

  it.each([
    ["Protests", undefined],
    ["../etc", undefined],
    ["a b", undefined],
    ["x".repeat(121), undefined],
    [" zhanaozen ", "zhanaozen"],
    ["2011-zhanaozen", "2011-zhanaozen"],
  ])("accepts only slugs: %j → %j", (value, expected) => {
    expect(parseSlug(value)).toBe(expected);
  });

  it.each([
    ["2011", 2011],
    [" 1991 ", 1991],
    ["11", undefined],
    ["2011.5", undefined],
    ["1800", undefined],
    ["abcd", undefined],
    [undefined, undefined],
  ])("reads a year: %j → %j", (value, expected) => {
    expect(parseYear(value)).toBe(expected);
  });

  it("trims and caps free text at the API's 200 characters", () => {
    expect(parseQuery("  Zhanaozen ")).toBe("Zhanaozen");
    expect(parseQuery("   ")).toBeUndefined();
    expect(parseQuery("\u0000\u0007")).toBeUndefined();
    expect(parseQuery("Hare\tKrishna")).toBe("Hare Krishna");
    expect(parseQuery("a".repeat(300))).toHaveLength(200);
  });

  it("knows an order only from its list", () => {
    expect(parseEnum("asc", ["asc", "desc"])).toBe("asc");
    expect(parseEnum("sideways", ["asc", "desc"])).toBeUndefined();
  });

  it("reads a query and a kind, dropping a kind not on the list", () => {
    expect(parseKindFilters({ q: " court ", kind: "law" }, ["law", "report"])).toEqual({
      q: "court",
      kind: "law",
    });
    expect(parseKindFilters({ kind: "rumour" }, ["law", "report"])).toEqual({
      q: undefined,
      kind: undefined,
    });
  });

  it("tells filters from ordering", () => {
    expect(isFiltered({ q: undefined, order: "asc" })).toBe(false);
    expect(isFiltered({ year: 2011, order: "desc" })).toBe(true);
  });
});

describe("cursor pagination", () => {
  it("ignores malformed cursors and trail entries", () => {
    expect(parsePosition({ cursor: "a b", trail: "x" })).toEqual({ trail: [] });
    expect(parsePosition({ cursor: "Y2", trail: "Y1.<script>..Y0" })).toEqual({
      cursor: "Y2",
      trail: ["Y1", "Y0"],
    });
  });

  it("walks forward and back through pages without gaps", () => {
    // Page 1 → 2 → 3, then back to 2 and 1.
    const page1 = parsePosition({});
    const links1 = pageLinks(page1, "c1", 20);
    expect(links1).toEqual({ previous: null, next: { cursor: "c1", trail: [] }, from: 1 });

    const page2 = parsePosition(positionParams(links1.next!));
    const links2 = pageLinks(page2, "c2", 20);
    expect(links2.next).toEqual({ cursor: "c2", trail: ["c1"] });
    expect(links2.previous).toEqual({ cursor: undefined, trail: [] });
    expect(links2.from).toBe(21);

    const page3 = parsePosition(positionParams(links2.next!));
    expect(page3).toEqual({ cursor: "c2", trail: ["c1"] });
    const links3 = pageLinks(page3, null, 20);
    expect(links3).toEqual({ previous: { cursor: "c1", trail: [] }, next: null, from: 41 });

    expect(positionParams(links3.previous!)).toEqual({ cursor: "c1", trail: undefined });
    expect(positionParams(links2.previous!)).toEqual({ cursor: undefined, trail: undefined });
  });

  it("drops a trail that comes without a cursor", () => {
    expect(parsePosition({ trail: "c1.c2" })).toEqual({ trail: [] });
  });
});
