import type { RatingItemOutput } from "@kz/api/schemas";
import { describe, expect, it } from "vitest";

import { distinctCitations, seriesShape, toRatingPoint } from "./ratings";

const cite = (slug: string, locator: string | null = null) => ({
  source: { slug, title: slug, publisher: "P", url: null },
  locator,
  quote: null,
  attributedTo: null,
  attributedActor: null,
});

const item = (over: Partial<RatingItemOutput>): RatingItemOutput => ({
  year: 2023,
  politicalRights: null,
  civilLiberties: null,
  status: null,
  statusLabel: null,
  rank: null,
  score: null,
  headOfState: null,
  note: null,
  citations: [],
  ...over,
});

describe("ratings helpers", () => {
  it("maps the API's status to the chart's", () => {
    expect(
      toRatingPoint(item({ politicalRights: 7, civilLiberties: 5, status: "not_free" })),
    ).toEqual({
      year: 2023,
      politicalRights: 7,
      civilLiberties: 5,
      status: "NOT_FREE",
      headOfState: null,
      note: null,
    });
  });

  it("tells a Freedom House series from a ranking", () => {
    expect(seriesShape([item({ politicalRights: 7 })])).toBe("freedom");
    expect(seriesShape([item({ rank: 62, note: "Up three places" })])).toBe("rank");
  });

  it("lists each citation once, in order", () => {
    const items = [
      item({ year: 2022, citations: [cite("doc", "History"), cite("fh")] }),
      item({ year: 2023, citations: [cite("doc", "History"), cite("fh"), cite("doc", "Law")] }),
    ];
    expect(distinctCitations(items).map((c) => [c.source.slug, c.locator])).toEqual([
      ["doc", "History"],
      ["fh", null],
      ["doc", "Law"],
    ]);
  });
});
