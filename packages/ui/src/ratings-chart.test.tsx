import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { RatingsChart, type RatingPoint } from "./ratings-chart";

const N = "Nursultan Nazarbayev";
const T = "Kassym-Jomart Tokayev";
const items: RatingPoint[] = [
  { year: 1991, politicalRights: 5, civilLiberties: 4, status: "PARTLY_FREE", headOfState: N },
  { year: 1992, politicalRights: 5, civilLiberties: 5, status: "PARTLY_FREE", headOfState: N },
  { year: 1993, politicalRights: 6, civilLiberties: null, status: "NOT_FREE", headOfState: N },
  { year: 2020, politicalRights: 7, civilLiberties: 5, status: "NOT_FREE", headOfState: T },
  { year: 2021, politicalRights: 7, civilLiberties: 5, status: "NOT_FREE", headOfState: T },
];
const series = { name: "Freedom in the World", publisher: "Freedom House" };

const render = (points = items) =>
  renderToStaticMarkup(<RatingsChart items={points} series={series} />);

describe("RatingsChart", () => {
  it("draws a point per year and series, skipping missing ratings", () => {
    const svg = render();
    expect(svg.match(/data-series="politicalRights"/g)).toHaveLength(5);
    expect(svg.match(/data-series="civilLiberties"/g)).toHaveLength(4);
  });

  it("is an image named by its title and described by its desc", () => {
    const svg = render();
    const labelledBy = /<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+) ([^"]+)"/.exec(svg);
    expect(labelledBy).not.toBeNull();
    const [, titleId, descId] = labelledBy ?? [];
    expect(svg).toContain(
      `<title id="${titleId}">Freedom in the World: political rights and civil liberties, 1991–2021</title>`,
    );
    expect(svg).toContain(`<desc id="${descId}">Freedom House rates each year`);
    expect(svg).toContain("Status: Partly Free 1991–1992; Not Free 1993; Not Free 2020–2021.");
  });

  it("puts more free higher up", () => {
    const svg = render();
    const cy = (year: number) =>
      Number(
        new RegExp(
          `<circle data-series="politicalRights" cx="[^"]+" cy="([^"]+)"[^>]*><title>${year}:`,
        ).exec(svg)?.[1],
      );
    expect(cy(1991)).toBeLessThan(cy(2020));
  });

  it("labels each head of state's period", () => {
    const svg = render();
    expect(svg).toContain(`<title>Head of state: ${N}, 1991–1993</title>`);
    expect(svg).toContain(`<title>Head of state: ${T}, 2020–2021</title>`);
  });

  it("renders nothing without data", () => {
    expect(render([])).toBe("");
  });

  it("draws for a phone with fewer year labels, larger marks and no minimum width", () => {
    const years: RatingPoint[] = Array.from({ length: 33 }, (_, i) => ({
      year: 1991 + i,
      politicalRights: 6,
      civilLiberties: 5,
      status: "NOT_FREE",
      headOfState: N,
    }));
    const wide = renderToStaticMarkup(<RatingsChart items={years} series={series} />);
    const narrow = renderToStaticMarkup(<RatingsChart items={years} series={series} narrow />);
    const yearLabels = (svg: string) => svg.match(/>(19|20)\d\d<\/text>/g)?.length ?? 0;
    expect(yearLabels(narrow)).toBeLessThan(yearLabels(wide));
    expect(narrow).toContain('viewBox="0 0 380 ');
    expect(narrow).toMatch(/data-series="politicalRights"[^>]*r="5"/);
    expect(narrow).not.toContain("min-w-");
    expect(wide).toContain("min-w-[36rem]");
  });
});
