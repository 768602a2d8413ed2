import type { EventTimeline } from "@kz/api/schemas";

import { TimelineChart, type TimelineWords, type TimelineYear } from "./timeline-chart";

export interface TimelineLabels extends TimelineWords {
  /** `{year}`, `{count}`: a bar's name, e.g. "2019: 12 events". */
  bar: (year: number, count: number) => string;
}

/**
 * Events per year as stacked bars (one colour per topic), drawn on the server, each bar a link to
 * that year's events; a legend, and the same figures as a table for screen readers and print.
 * Here the figures become compact rows and every year's link and name are worked out, so the
 * drawing (a client component, timeline-chart.tsx) is sent to the browser as data.
 */
export function YearTimeline({
  timeline,
  yearHref,
  labels: { bar, ...words },
  lang,
}: {
  timeline: EventTimeline;
  yearHref: (year: number) => string;
  labels: TimelineLabels;
  /** The language of the topic names. */
  lang?: string;
}) {
  if (!timeline.years.length) return null;
  const index = new Map(timeline.topics.map((t, i) => [t.slug, i]));
  const years = timeline.years.map((y): TimelineYear => [
    y.year,
    y.count,
    y.topics.map((part) => [part.slug === null ? -1 : (index.get(part.slug) ?? -1), part.count]),
  ]);
  return (
    <TimelineChart
      years={years}
      topics={timeline.topics.map((t) => t.name)}
      hrefs={timeline.years.map((y) => yearHref(y.year))}
      bars={timeline.years.map((y) => bar(y.year, y.count))}
      words={words}
      lang={lang}
    />
  );
}
