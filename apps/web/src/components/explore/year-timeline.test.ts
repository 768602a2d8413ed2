import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { facetOptions } from "./facet-group";
import { YearTimeline, type TimelineLabels } from "./year-timeline";

const labels: TimelineLabels = {
  title: "Events per year",
  bar: (year, count) => `${year}: ${count} events`,
  noTopic: "No topic",
  showTable: "Show the figures as a table",
  year: "Year",
  events: "Events",
  byTopic: "By topic",
};

const timeline = {
  years: [
    {
      year: 2011,
      count: 3,
      topics: [
        { slug: "protests", count: 2 },
        { slug: null, count: 1 },
      ],
    },
    { year: 2019, count: 1, topics: [{ slug: "courts", count: 1 }] },
  ],
  topics: [
    { slug: "protests", name: "Protests" },
    { slug: "courts", name: "Courts" },
  ],
};

const render = () =>
  renderToStaticMarkup(
    createElement(YearTimeline, { timeline, yearHref: (y) => `/events?year=${y}`, labels }),
  );

describe("YearTimeline", () => {
  it("makes each year's bar a named link to that year's list, once", () => {
    const html = render();
    // The <title> names the link (SVG-AAM) and is its tooltip.
    expect(
      html.match(/<a href="\/events\?year=2019"><title>2019: 1 events<\/title>/g),
    ).toHaveLength(1);
    expect(html).toContain("<title>2011: 3 events</title>");
  });

  it("writes coordinates to a tenth, not as long floats", () => {
    expect(render()).not.toMatch(/="\d+\.\d{2,}"/);
  });

  it("draws one chart, labelling fewer years on a phone", () => {
    const withYear = (year: number) => ({ year, count: 1, topics: [{ slug: null, count: 1 }] });
    const html = renderToStaticMarkup(
      createElement(YearTimeline, {
        timeline: { ...timeline, years: [timeline.years[0]!, withYear(2015), timeline.years[1]!] },
        yearHref: (y) => `/events?year=${y}`,
        labels,
      }),
    );
    expect(html.match(/<svg/g)).toHaveLength(1);
    // 2011 to 2019: the first and last at the ends (CSS places them as first and last child),
    // and 2015 under its year, on wider screens only (`.kz-minor`).
    const ticks = html.match(/<div aria-hidden="true" class="kz-timeline-ticks">(.*?)<\/div>/)?.[1];
    expect(ticks).toMatch(
      /^<span>2011<\/span><span class="kz-minor" style="left:50%">2015<\/span><span>2019<\/span>$/,
    );
  });

  it("gives the same figures as a table, with the topics by name", () => {
    const html = render();
    expect(html).toContain("<td>Protests 2, No topic 1</td>");
    expect(html).toContain('<a href="/events?year=2011">2011</a>');
  });

  it("draws nothing without events", () => {
    const empty = renderToStaticMarkup(
      createElement(YearTimeline, {
        timeline: { years: [], topics: [] },
        yearHref: String,
        labels,
      }),
    );
    expect(empty).toBe("");
  });
});

describe("facetOptions", () => {
  it("offers the values with events and keeps a chosen one that has none left", () => {
    const options = facetOptions([{ slug: "protests", name: "Protests", count: 4 }], ["courts"]);
    expect(options).toEqual([
      { value: "protests", label: "Protests", count: 4, checked: false },
      { value: "courts", label: "courts", count: 0, checked: true },
    ]);
  });
});
