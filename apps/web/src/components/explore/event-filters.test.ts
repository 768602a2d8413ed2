import { describe, expect, it } from "vitest";

import {
  apiFilters,
  canonicalQuery,
  givenQuery,
  parseFacetFilters,
  toggled,
} from "./event-filters";

describe("the /events filters in the URL", () => {
  it("reads several values per facet, sorted and without duplicates or bad values", () => {
    const f = parseFacetFilters({
      topic: ["protests", "courts", "protests", "Not A Slug"],
      year: ["2019", "1850", "2011"],
      place: "almaty",
    });
    expect(f.topic).toEqual(["courts", "protests"]);
    expect(f.year).toEqual([2011, 2019]);
    expect(f.place).toEqual(["almaty"]);
  });

  it("refuses dates that are not real days", () => {
    expect(parseFacetFilters({ from: "2019-02-30", to: "2019-13-01" })).toMatchObject({
      from: undefined,
      to: undefined,
    });
    expect(parseFacetFilters({ from: "2019-02-28" }).from).toBe("2019-02-28");
  });

  it("has one address per filter: no empty parameters, a fixed order", () => {
    const given = { to: "2019-12-31", q: "", topic: ["protests", "courts"], from: "2019-01-01" };
    const canonical = canonicalQuery(parseFacetFilters(given));
    expect(canonical).toBe("topic=courts&topic=protests&from=2019-01-01&to=2019-12-31");
    expect(givenQuery(given)).not.toBe(canonical);
    // As Next hands the canonical address back: nothing to redirect.
    const grouped = { topic: ["courts", "protests"], from: "2019-01-01", to: "2019-12-31" };
    expect(givenQuery(grouped)).toBe(canonical);
  });

  it("keeps a page position after the filters", () => {
    const f = parseFacetFilters({ year: "2019" });
    expect(canonicalQuery(f, { cursor: "abc" })).toBe("year=2019&cursor=abc");
  });

  it("does not apply a reversed range", () => {
    const f = parseFacetFilters({ from: "2020-01-01", to: "2019-01-01" });
    expect(apiFilters(f)).not.toHaveProperty("from");
  });

  it("adds and removes one value", () => {
    const f = parseFacetFilters({ topic: "protests" });
    expect(toggled(f, "topic", "courts").topic).toEqual(["courts", "protests"]);
    expect(toggled(f, "topic", "protests").topic).toEqual([]);
  });

  it("keeps a facet asked for in full, after the filters, and filters nothing by it", () => {
    const f = parseFacetFilters({ more: "actor", year: "2019" });
    expect(f.more).toBe("actor");
    expect(canonicalQuery(f, { cursor: "abc" })).toBe("year=2019&more=actor&cursor=abc");
    expect(apiFilters(f)).not.toHaveProperty("more");
    // Years are never cut, so never asked for; an unknown facet is dropped.
    expect(parseFacetFilters({ more: "year" }).more).toBeUndefined();
    expect(canonicalQuery(parseFacetFilters({ more: "nonsense" }))).toBe("");
  });
});
