import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { englishRatingsChartLabels, type RatingPoint } from "./ratings-chart";
import { RatingsTable } from "./ratings-table";

const labels = { ...englishRatingsChartLabels, year: "Year", statusColumn: "Status", note: "Note" };
const items: (RatingPoint & { note?: string | null })[] = [
  { year: 2022, politicalRights: 7, civilLiberties: 5, status: "NOT_FREE", headOfState: "T" },
  { year: 2023, politicalRights: 7, civilLiberties: 5, status: "NOT_FREE", headOfState: "T" },
];

describe("RatingsTable", () => {
  it("has a row per year, headed by the year", () => {
    const html = renderToStaticMarkup(<RatingsTable items={items} caption="C" labels={labels} />);
    expect(html).toContain(
      '<tr><th scope="row">2023</th><td>7</td><td>5</td><td>Not Free</td><td>T</td></tr>',
    );
  });

  it("adds the note column only when a year has a note", () => {
    const without = renderToStaticMarkup(
      <RatingsTable items={items} caption="C" labels={labels} />,
    );
    expect(without).not.toContain("Note");
    const withNote = renderToStaticMarkup(
      <RatingsTable
        items={[items[0]!, { ...items[1]!, note: "Revised" }]}
        caption="C"
        labels={labels}
      />,
    );
    expect(withNote).toContain('<th scope="col">Note</th>');
    expect(withNote).toContain("<td>Revised</td>");
  });

  it("gives rows an id to link to when asked", () => {
    const html = renderToStaticMarkup(
      <RatingsTable items={items} caption="C" labels={labels} rowId={(y) => `year-${y}`} />,
    );
    expect(html).toContain('<tr id="year-2023">');
  });
});
