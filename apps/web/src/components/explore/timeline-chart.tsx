"use client";

/**
 * The drawing of a YearTimeline (year-timeline.tsx), from compact figures. A client component only
 * so that the page's RSC payload carries the figures (a few numbers a year) instead of every bar,
 * label and table cell as React elements, twice over for the two drawings; it has no state.
 */

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
const colourOf = (topic: number) =>
  topic < 0 ? NO_TOPIC : TOPIC_COLOURS[topic % TOPIC_COLOURS.length]!;

/** A year: its events, and their count by topic (an index into the topics; -1: no topic). */
export type TimelineYear = readonly [
  year: number,
  count: number,
  parts: readonly (readonly [topic: number, count: number])[],
];

/** The chart's words, already in the reader's language. */
export interface TimelineWords {
  /** The figure's accessible name. */
  title: string;
  noTopic: string;
  showTable: string;
  year: string;
  events: string;
  byTopic: string;
}

export interface TimelineChartProps {
  years: readonly TimelineYear[];
  /** The topics' names; a year's parts refer to them by index. */
  topics: readonly string[];
  /** Each year's list and its bar's name ("2019: 12 events"), in the order of `years`. */
  hrefs: readonly string[];
  bars: readonly string[];
  words: TimelineWords;
  /** The language of the topic names. */
  lang?: string;
}

// One drawing for every width: the bars stretch to the box (CSS sets its height; the SVG does not
// keep its aspect ratio), and the year labels are HTML under it, so their type stays 12px on a
// phone and the phone shows fewer of them. Ten units a year, a hundred for the tallest bar.
const SLOT = 10;
const PLOT = 100;

/** Label every n-th year (and the first and last); the phone, every 2n-th. */
const TICK_EVERY = 5;

/** Heights to a tenth of a unit: finer is invisible, and 2.4000000000000004 costs the page bytes. */
const r = (n: number) => Math.round(n * 10) / 10;

function Bars({
  years,
  hrefs,
  bars,
  title,
}: Omit<TimelineChartProps, "words" | "lang" | "topics"> & { title: string }) {
  const first = years[0]![0];
  const width = (years.at(-1)![0] - first + 1) * SLOT;
  const max = Math.max(...years.map((y) => y[1]));
  // Every topic's parts as one path: a rectangle per year it has events in.
  const paths = new Map<number, string>();
  for (const [year, , parts] of years) {
    let top = PLOT;
    for (const [topic, count] of parts) {
      const h = r((count / max) * PLOT);
      top = r(top - h);
      const d = `M${(year - first) * SLOT + 1} ${top}h${SLOT - 2}v${h}h${2 - SLOT}z`;
      paths.set(topic, (paths.get(topic) ?? "") + d);
    }
  }
  return (
    <svg
      viewBox={`0 0 ${width} ${PLOT}`}
      preserveAspectRatio="none"
      role="group"
      aria-label={title}
      className="block h-32 w-full sm:h-40"
    >
      {[...paths].map(([topic, d]) => (
        <path key={topic} d={d} fill={colourOf(topic)} />
      ))}
      <line
        x1={0}
        x2={width}
        y1={PLOT}
        y2={PLOT}
        className="stroke-slate-400"
        strokeWidth={2}
        vectorEffect="non-scaling-stroke"
      />
      {/* The slots' fill once for all of them (a rect is black unless told). */}
      <g fill="transparent">
        {years.map(([year], i) => (
          // The <title> is the link's accessible name (SVG-AAM) and its tooltip, so no aria-label.
          // The whole slot, over the bar drawn above, is the link's target.
          <a key={year} href={hrefs[i]}>
            <title>{bars[i]}</title>
            <rect x={(year - first) * SLOT} width={SLOT} height={PLOT} />
          </a>
        ))}
      </g>
    </svg>
  );
}

/** The year labels under the bars; the years themselves are in the bars' names and the table. */
function Ticks({ years }: { years: readonly TimelineYear[] }) {
  const first = years[0]![0];
  const last = years.at(-1)![0];
  const span = last - first + 1;
  const ticks = years
    .map((y) => y[0])
    .filter((y) => y === first || y === last || y % TICK_EVERY === 0)
    .filter((y, i, all) => i === 0 || y - all[i - 1]! >= TICK_EVERY / 2 || y === last)
    // The last year's label is right-aligned: one a few years before it would run into it.
    .filter((y) => y === last || last - y >= TICK_EVERY / 2 + 1);
  return (
    // Placed by `.kz-timeline-ticks` (globals.css); the first and last are its first and last child.
    <div aria-hidden="true" className="kz-timeline-ticks">
      {ticks.map((year) =>
        year === first || year === last ? (
          <span key={year}>{year}</span>
        ) : (
          <span
            key={year}
            className={year % (2 * TICK_EVERY) ? "kz-minor" : undefined}
            style={{ left: `${r(((year - first + 0.5) / span) * 100)}%` }}
          >
            {year}
          </span>
        ),
      )}
    </div>
  );
}

function Swatch({ colour }: { colour: string }) {
  return (
    // Drawn by `.kz-timeline-legend span` (globals.css).
    <span aria-hidden="true" style={{ background: colour }} />
  );
}

export function TimelineChart({ words, lang, ...figures }: TimelineChartProps) {
  const { years, topics, hrefs } = figures;
  const hasNoTopic = years.some((y) => y[2].some(([topic]) => topic < 0));
  return (
    <figure className="mt-4" data-testid="timeline">
      <Bars {...figures} title={words.title} />
      <Ticks years={years} />
      <figcaption>
        <ul className="kz-timeline-legend" lang={lang}>
          {topics.map((name, i) => (
            <li key={name}>
              <Swatch colour={colourOf(i)} />
              {name}
            </li>
          ))}
          {hasNoTopic ? (
            <li>
              <Swatch colour={NO_TOPIC} />
              {words.noTopic}
            </li>
          ) : null}
        </ul>
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-slate-700">{words.showTable}</summary>
        <table className="kz-timeline-table">
          <caption className="sr-only">{words.title}</caption>
          <thead>
            <tr>
              <th scope="col">{words.year}</th>
              <th scope="col">{words.events}</th>
              <th scope="col">{words.byTopic}</th>
            </tr>
          </thead>
          <tbody>
            {years.map(([year, count, parts], i) => (
              <tr key={year}>
                <th scope="row">
                  <a href={hrefs[i]}>{year}</a>
                </th>
                <td>{count}</td>
                <td lang={lang}>
                  {parts.map(([topic, n]) => `${topics[topic] ?? words.noTopic} ${n}`).join(", ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
