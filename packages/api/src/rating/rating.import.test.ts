import { describe, expect, it } from "vitest";

import { parseRatingsCsv } from "./rating.import";

const HEADER = "year,politicalRights,civilLiberties,status,headOfState,rank,score,note";

describe("parseRatingsCsv", () => {
  it("reads valid rows, with Freedom House's status labels and empty cells as nothing", () => {
    const { errors, rows } = parseRatingsCsv(
      `${HEADER}\n2024,7,5,Not Free,"Tokayev, Kassym-Jomart",,23,\n2025,6,5,PF,,,,"A note"\n`,
    );
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.line, r.errors])).toEqual([
      [2, []],
      [3, []],
    ]);
    expect(rows[0]?.values).toEqual({
      year: 2024,
      politicalRights: 7,
      civilLiberties: 5,
      status: "not_free",
      rank: null,
      score: 23,
      headOfState: "Tokayev, Kassym-Jomart",
      note: null,
    });
    expect(rows[1]?.values?.status).toBe("partly_free");
  });

  it("reports each invalid row with its line and field", () => {
    const { rows } = parseRatingsCsv(
      `${HEADER}\n2024,8,5,Not Free,,,,\nabc,1,1,,,,,\n2024,1,1,Maybe,,,,\n2024,1,1\n2023,1,1,,,,,\n2023,2,2,,,,,`,
    );
    const byLine = Object.fromEntries(rows.map((r) => [r.line, r.errors.join("; ")]));
    expect(byLine[2]).toMatch(/^politicalRights:/);
    expect(byLine[3]).toMatch(/^year:/);
    expect(byLine[4]).toMatch(/^status:/);
    expect(byLine[5]).toMatch(/Expected 8 fields, found 3/);
    expect(byLine[6]).toBe("");
    expect(byLine[7]).toMatch(/2023 already appears on line 6/);
  });

  it("refuses a wrong header as a whole", () => {
    expect(parseRatingsCsv("year,pr,cl\n2024,1,1").errors[0]).toMatch(/missing: politicalRights/);
    expect(parseRatingsCsv(`${HEADER}\n`).errors[0]).toMatch(/no rows/);
    expect(parseRatingsCsv("").errors[0]).toMatch(/empty/);
  });

  it("reports unreadable CSV instead of throwing", () => {
    expect(parseRatingsCsv(`${HEADER}\n"2024,1`).errors[0]).toMatch(/cannot be read/);
  });
});
