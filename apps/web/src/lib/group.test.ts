import { describe, expect, it } from "vitest";

import { actorsWithRoles, groupByYear, mappablePlaces, ratingsBySeries, yearRuns } from "./group";

describe("groupByYear", () => {
  it("keeps the given order and makes one section per year", () => {
    const events = [
      { slug: "c", startDate: "2019-03-01" },
      { slug: "b", startDate: "2019-01-01" },
      { slug: "a", startDate: "2011-12-16" },
    ];
    expect(groupByYear(events)).toEqual([
      { year: "2019", items: [events[0], events[1]] },
      { year: "2011", items: [events[2]] },
    ]);
  });

  it("works oldest first too, and on an empty list", () => {
    expect(groupByYear([{ startDate: "2005-09-01" }, { startDate: "2006-01-01" }])).toHaveLength(2);
    expect(groupByYear([])).toEqual([]);
  });
});

describe("actorsWithRoles", () => {
  it("lists each actor once with all its roles, in order", () => {
    expect(
      actorsWithRoles([
        { slug: "gov", name: "Government", role: "said" },
        { slug: "gov", name: "Government", role: "denied" },
        { slug: "police", name: "Police", role: "clashed" },
        { slug: "gov", name: "Government", role: "said" },
      ]),
    ).toEqual([
      { slug: "gov", name: "Government", roles: ["said", "denied"] },
      { slug: "police", name: "Police", roles: ["clashed"] },
    ]);
  });

  it("leaves out an empty role", () => {
    expect(actorsWithRoles([{ slug: "a", role: "" }])).toEqual([{ slug: "a", roles: [] }]);
  });
});

describe("mappablePlaces", () => {
  it("leaves out the country and places without coordinates", () => {
    const places = [
      { slug: "kazakhstan", lat: 48, lng: 67 },
      { slug: "almaty", lat: 43.2, lng: 76.9 },
      { slug: "somewhere", lat: null, lng: null },
    ];
    expect(mappablePlaces(places).map((p) => p.slug)).toEqual(["almaty"]);
  });
});

describe("ratingsBySeries", () => {
  it("gives each series once, its years as runs", () => {
    expect(
      ratingsBySeries([
        { series: "fiw", seriesName: "Freedom in the World", year: 1993 },
        { series: "fiw", seriesName: "Freedom in the World", year: 1991 },
        { series: "fiw", seriesName: "Freedom in the World", year: 1992 },
        { series: "fiw", seriesName: "Freedom in the World", year: 1998 },
        { series: "rol", seriesName: "Rule of Law Index", year: 2020 },
      ]),
    ).toEqual([
      { slug: "fiw", name: "Freedom in the World", years: "1991–1993, 1998" },
      { slug: "rol", name: "Rule of Law Index", years: "2020" },
    ]);
  });

  it("collapses duplicate years", () => {
    expect(yearRuns([2001, 2001, 2002])).toBe("2001–2002");
    expect(yearRuns([])).toBe("");
  });
});
