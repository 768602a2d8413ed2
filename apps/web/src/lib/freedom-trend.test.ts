import { describe, expect, it } from "vitest";

import { freedomTrend, type FreedomYear } from "./freedom-trend";

/** The seeded Freedom in the World table, 1991–2023. */
const seeded: FreedomYear[] = Array.from({ length: 33 }, (_, n) => {
  const year = 1991 + n;
  const early: Record<number, [number, number, FreedomYear["status"]]> = {
    1991: [5, 4, "partly_free"],
    1992: [5, 5, "partly_free"],
    1993: [6, 4, "partly_free"],
  };
  const [pr, cl, status] = early[year] ?? [year >= 2016 ? 7 : 6, 5, "not_free"];
  return { year, politicalRights: pr, civilLiberties: cl, status };
});

describe("freedomTrend", () => {
  it("gives the latest year and the last change of each measure", () => {
    expect(freedomTrend(seeded)).toEqual({
      latest: { year: 2023, politicalRights: 7, civilLiberties: 5, status: "not_free" },
      politicalRights: { kind: "changed", from: 6, to: 7, year: 2016, direction: "worsened" },
      civilLiberties: { kind: "changed", from: 4, to: 5, year: 1994, direction: "worsened" },
      status: {
        kind: "changed",
        from: "partly_free",
        to: "not_free",
        year: 1994,
        direction: "worsened",
      },
    });
  });

  it("does not depend on the input order", () => {
    expect(freedomTrend([...seeded].reverse())).toEqual(freedomTrend(seeded));
  });

  it("calls a lower rating an improvement", () => {
    const trend = freedomTrend([
      { year: 2000, politicalRights: 6, civilLiberties: 5, status: "not_free" },
      { year: 2001, politicalRights: 4, civilLiberties: 5, status: "partly_free" },
    ]);
    expect(trend?.politicalRights).toMatchObject({ kind: "changed", direction: "improved" });
    expect(trend?.status).toMatchObject({ from: "not_free", to: "partly_free", year: 2001 });
    expect(trend?.civilLiberties).toEqual({ kind: "unchanged", value: 5, since: 2000 });
  });

  it("skips unrated years and missing values", () => {
    const trend = freedomTrend([
      { year: 2000, politicalRights: 5, civilLiberties: 4, status: "partly_free" },
      { year: 2001, politicalRights: null, civilLiberties: 4, status: null },
      { year: 2002, politicalRights: 5, civilLiberties: 4, status: "partly_free" },
      { year: 2003, politicalRights: null, civilLiberties: null, status: null },
    ]);
    expect(trend?.latest.year).toBe(2002);
    expect(trend?.politicalRights).toEqual({ kind: "unchanged", value: 5, since: 2000 });
  });

  it("is null without ratings", () => {
    expect(freedomTrend([])).toBeNull();
    expect(
      freedomTrend([{ year: 2020, politicalRights: null, civilLiberties: null, status: null }]),
    ).toBeNull();
  });
});
