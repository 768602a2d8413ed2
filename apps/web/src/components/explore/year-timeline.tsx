import type { EventTimeline } from "@kz/api/schemas";

/**
 * Colours for the stacked topics, in turn: each at least 3:1 against white and against the dark
 * scheme's background, so a bar's parts stay visible in both (the legend and the table carry the
 * names; colour is never the only cue).
 */
const TOPIC_COLOURS = [
  "#1d6fa5",
  "#b4532a",
  "#2f7d4f",
  "#8a4fa3",
  "#a8781a",
  "#c03a63",
  "#4b6478",
  "#2a8a8a",
];
const NO_TOPIC = "#94a3b8";

export interface TimelineLabels {
  /** The figure's accessible name. */
  title: string;
  /** `{year}`, `{count}`: a bar's name, e.g. "2019: 12 events". */
  bar: (year: number, count: number) => string;
  noTopic: string;
  showTable: string;
  year: string;
  events: string;
  byTopic: string;
}

interface Layout {
  width: number;
  height: number;
  /** Label every n-th year (and the first and last). */
  tickEvery: number;
}

// Two drawings of one chart: the narrow one (below `sm`) has fewer year labels and wider bars for
// its size, so its type stays about 11px on a 360px screen. CSS picks one; no script.
const WIDE: Layout = { width: 720, height: 180, tickEvery: 5 };
const NARROW: Layout = { width: 340, height: 170, tickEvery: 10 };
const TOP = 8;
const AXIS = 20;

/** Coordinates to a tenth of a unit: finer is invisible, and 2.4000000000000004 costs the page bytes twice (HTML and its RSC payload). */
const r = (n: number) => Math.round(n * 10) / 10;

function Bars({
  timeline,
  layout,
  colourOf,
  yearHref,
  labels,
  className,
}: {
  timeline: EventTimeline;
  layout: Layout;
  colourOf: (slug: string | null) => string;
  yearHref: (year: number) => string;
  labels: TimelineLabels;
  className: string;
}) {
  const first = timeline.years[0]!.year;
  const last = timeline.years.at(-1)!.year;
  const slot = layout.width / (last - first + 1);
  const max = Math.max(...timeline.years.map((y) => y.count));
  const plot = layout.height - TOP - AXIS;
  const hOf = (count: number) => (count / max) * plot;
  const ticks = timeline.years
    .map((y) => y.year)
    .filter((y) => y === first || y === last || y % layout.tickEvery === 0)
    .filter((y, i, all) => i === 0 || y - all[i - 1]! >= layout.tickEvery / 2 || y === last);
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={labels.title}
      className={`h-auto w-full font-sans text-[12px] ${className}`}
    >
      <line
        x1={0}
        x2={layout.width}
        y1={TOP + plot}
        y2={TOP + plot}
        className="stroke-slate-400"
        strokeWidth={1}
      />
      {timeline.years.map((y) => {
        const x = (y.year - first) * slot;
        let top = TOP + plot;
        return (
          // The <title> is the link's accessible name (SVG-AAM) and its tooltip, so no aria-label.
          <a key={y.year} href={yearHref(y.year)}>
            <title>{labels.bar(y.year, y.count)}</title>
            {/* The whole slot is the link's target, not only the bar. */}
            <rect x={r(x)} y={TOP} width={r(slot)} height={plot} fill="transparent" />
            {y.topics.map((part) => {
              const h = hOf(part.count);
              top -= h;
              return (
                <rect
                  key={part.slug ?? ""}
                  x={r(x + slot * 0.1)}
                  y={r(top)}
                  width={r(slot * 0.8)}
                  height={r(h)}
                  fill={colourOf(part.slug)}
                />
              );
            })}
          </a>
        );
      })}
      {ticks.map((year) => (
        <text
          key={year}
          x={r((year - first + 0.5) * slot)}
          y={layout.height - 4}
          textAnchor={year === first ? "start" : year === last ? "end" : "middle"}
          className="fill-slate-600"
        >
          {year}
        </text>
      ))}
    </svg>
  );
}

/**
 * Events per year as stacked bars (one colour per topic), drawn on the server, each bar a link to
 * that year's events; a legend, and the same figures as a table for screen readers and print.
 */
export function YearTimeline({
  timeline,
  yearHref,
  labels,
  lang,
}: {
  timeline: EventTimeline;
  yearHref: (year: number) => string;
  labels: TimelineLabels;
  /** The language of the topic names. */
  lang?: string;
}) {
  if (!timeline.years.length) return null;
  const colour = new Map(
    timeline.topics.map((t, i) => [t.slug, TOPIC_COLOURS[i % TOPIC_COLOURS.length]!]),
  );
  const colourOf = (slug: string | null) => (slug && colour.get(slug)) || NO_TOPIC;
  const nameOf = new Map(timeline.topics.map((t) => [t.slug, t.name]));
  const hasNoTopic = timeline.years.some((y) => y.topics.some((t) => t.slug === null));
  const common = { timeline, colourOf, yearHref, labels };
  return (
    <figure className="mt-4" data-testid="timeline">
      <Bars {...common} layout={WIDE} className="hidden sm:block" />
      <Bars {...common} layout={NARROW} className="sm:hidden" />
      <figcaption>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700" lang={lang}>
          {timeline.topics.map((t) => (
            <li key={t.slug} className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block size-3 rounded-sm"
                style={{ background: colourOf(t.slug) }}
              />
              {t.name}
            </li>
          ))}
          {hasNoTopic ? (
            <li className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block size-3 rounded-sm"
                style={{ background: NO_TOPIC }}
              />
              {labels.noTopic}
            </li>
          ) : null}
        </ul>
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-slate-700">{labels.showTable}</summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">{labels.title}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-3">
                {labels.year}
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                {labels.events}
              </th>
              <th scope="col" className="py-1">
                {labels.byTopic}
              </th>
            </tr>
          </thead>
          <tbody>
            {timeline.years.map((y) => (
              <tr key={y.year} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-1 pr-3 font-normal">
                  <a href={yearHref(y.year)}>{y.year}</a>
                </th>
                <td className="py-1 pr-3 text-right tabular-nums">{y.count}</td>
                <td className="py-1" lang={lang}>
                  {y.topics
                    .map((t) => `${(t.slug && nameOf.get(t.slug)) || labels.noTopic} ${t.count}`)
                    .join(", ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
