import { useId } from "react";

import { fill } from "./format";

export type FreedomStatus = "FREE" | "PARTLY_FREE" | "NOT_FREE";

export interface RatingPoint {
  year: number;
  politicalRights: number | null;
  civilLiberties: number | null;
  status: FreedomStatus | null;
  headOfState: string | null;
}

export interface RatingsChartLabels {
  /** `{series}`, `{from}`, `{to}` */
  title: string;
  /** `{publisher}`, `{from}`, `{to}`, `{prFrom}`, `{prTo}`, `{clFrom}`, `{clTo}`, `{statuses}` */
  description: string;
  politicalRights: string;
  civilLiberties: string;
  status: Record<FreedomStatus, string>;
  headOfState: string;
  /** Read bottom to top along the vertical axis. */
  scale: string;
}

export const englishRatingsChartLabels: RatingsChartLabels = {
  title: "{series}: political rights and civil liberties, {from}–{to}",
  description:
    "{publisher} rates each year from 1 (most free) to 7 (least free). Political rights: {prFrom} in {from}, {prTo} in {to}. Civil liberties: {clFrom} in {from}, {clTo} in {to}. Status: {statuses}.",
  politicalRights: "Political rights",
  civilLiberties: "Civil liberties",
  status: { FREE: "Free", PARTLY_FREE: "Partly Free", NOT_FREE: "Not Free" },
  headOfState: "Head of state",
  scale: "less free → more free",
};

export interface RatingsChartProps {
  items: readonly RatingPoint[];
  series: { name: string; publisher: string };
  labels?: RatingsChartLabels;
  /**
   * Drawn for a phone: narrower, with fewer year labels and larger marks, so it fits without
   * scrolling and its type stays legible. A page can draw both and let CSS show one.
   */
  narrow?: boolean;
}

interface Layout {
  width: number;
  /** Label years divisible by this (and the first and last), at least `tickGap` apart. */
  tickEvery: number;
  tickGap: number;
  /** Half the size of a year's mark, and the lines' width. */
  mark: number;
  line: number;
  fontSize: string;
  /** Below this the wide drawing scrolls sideways rather than shrink its type. */
  minWidth: string;
}

const WIDE: Layout = {
  width: 720,
  tickEvery: 5,
  tickGap: 36,
  mark: 3.5,
  line: 2,
  fontSize: "text-[12px]",
  minWidth: "min-w-[36rem]",
};
const NARROW: Layout = {
  width: 380,
  tickEvery: 10,
  tickGap: 60,
  mark: 5,
  line: 3,
  fontSize: "text-[13px]",
  minWidth: "",
};
const LEFT = 44;
const TOP = 12;
const BOTTOM = 212;
const BAND_TOP = BOTTOM + 6;
const BAND_H = 22;
const YEARS_Y = BAND_TOP + BAND_H + 16;
const LEGEND_Y = YEARS_Y + 26;
const LEGEND_ROW = 20;
/** A rough width of one character at the chart's 12px type, for fitting labels without measuring. */
const CHAR_W = 6.6;

const STATUS_FILL: Record<FreedomStatus, string> = {
  FREE: "#e3f1e6",
  PARTLY_FREE: "#fbf0d2",
  NOT_FREE: "#f6e0df",
};
const PR_COLOUR = "#06283d";
const CL_COLOUR = "#b4532a";

/** 1 (most free) at the top, 7 (least free) at the bottom. */
const yOf = (rating: number) => TOP + 10 + ((rating - 1) / 6) * (BOTTOM - TOP - 20);

/** Consecutive items sharing a key, as [key, first year, last year]. */
function runs<K>(items: readonly RatingPoint[], key: (p: RatingPoint) => K | null) {
  const out: { key: K; from: number; to: number }[] = [];
  for (const item of items) {
    const k = key(item);
    const last = out.at(-1);
    if (k !== null && last && last.key === k && last.to === item.year - 1) last.to = item.year;
    else if (k !== null) out.push({ key: k, from: item.year, to: item.year });
  }
  return out;
}

/** The line through a series, broken where a year has no rating. */
function linePath(points: readonly { x: number; v: number | null }[]): string {
  let d = "";
  let pen = false;
  for (const { x, v } of points) {
    if (v === null) pen = false;
    else {
      d += `${pen ? "L" : "M"}${x.toFixed(1)} ${yOf(v).toFixed(1)}`;
      pen = true;
    }
  }
  return d;
}

const span = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`);

/**
 * Freedom in the World ratings over the years as an SVG drawn on the server: both ratings on an
 * inverted 1–7 axis (more free is up), each year's status as a background band, and heads of state
 * along the bottom. Shapes differ per series so colour is never the only cue; the page should also
 * render the data as a table.
 */
export function RatingsChart({
  items: unsorted,
  series,
  labels = englishRatingsChartLabels,
  narrow = false,
}: RatingsChartProps) {
  const id = useId();
  const layout = narrow ? NARROW : WIDE;
  const right = layout.width - 12;
  const items = [...unsorted].sort((a, b) => a.year - b.year);
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return null;

  const slot = (right - LEFT) / (last.year - first.year + 1);
  const xOf = (year: number) => LEFT + (year - first.year + 0.5) * slot;
  const firstWith = (k: "politicalRights" | "civilLiberties") =>
    items.find((i) => i[k] !== null)?.[k] ?? "–";
  const lastWith = (k: "politicalRights" | "civilLiberties") =>
    items.findLast((i) => i[k] !== null)?.[k] ?? "–";
  const statusRuns = runs(items, (i) => i.status);
  const heads = runs(items, (i) => i.headOfState);

  const title = fill(labels.title, { series: series.name, from: first.year, to: last.year });
  const description = fill(labels.description, {
    publisher: series.publisher,
    from: first.year,
    to: last.year,
    prFrom: firstWith("politicalRights"),
    prTo: lastWith("politicalRights"),
    clFrom: firstWith("civilLiberties"),
    clTo: lastWith("civilLiberties"),
    statuses: statusRuns.map((r) => `${labels.status[r.key]} ${span(r.from, r.to)}`).join("; "),
  });

  let lastTickX = -Infinity;
  const ticks = items.filter(({ year }) => {
    const x = xOf(year);
    const wanted = year % layout.tickEvery === 0 || year === first.year || year === last.year;
    if (!wanted || x - lastTickX < layout.tickGap) return false;
    lastTickX = x;
    return true;
  });

  const legend = layoutLegend(right, [
    { key: "pr", label: labels.politicalRights },
    { key: "cl", label: labels.civilLiberties },
    ...(["FREE", "PARTLY_FREE", "NOT_FREE"] as const).map((s) => ({
      key: s,
      label: labels.status[s],
    })),
    { key: "head", label: labels.headOfState },
  ]);
  const H = (legend.at(-1)?.y ?? LEGEND_Y) + LEGEND_ROW - 6;

  return (
    // Below ~36rem the chart scrolls sideways rather than shrinking its type out of legibility; the
    // wrapper is focusable so keyboard users can scroll it too.
    <div className="overflow-x-auto" tabIndex={0} role="group" aria-labelledby={`${id}-title`}>
      <svg
        viewBox={`0 0 ${layout.width} ${H}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className={`h-auto w-full font-sans ${layout.minWidth} ${layout.fontSize}`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>

        <g aria-hidden="true">
          {items.map((i) =>
            i.status ? (
              <rect
                key={i.year}
                x={xOf(i.year) - slot / 2}
                y={TOP}
                width={slot}
                height={BOTTOM - TOP}
                fill={STATUS_FILL[i.status]}
              />
            ) : null,
          )}
          {[1, 2, 3, 4, 5, 6, 7].map((r) => (
            <g key={r}>
              <line
                x1={LEFT}
                x2={right}
                y1={yOf(r)}
                y2={yOf(r)}
                stroke="#cbd5e1"
                strokeWidth={0.5}
              />
              <text x={LEFT - 8} y={yOf(r) + 4} textAnchor="end" fill="#475569">
                {r}
              </text>
            </g>
          ))}
          <text
            transform={`translate(14 ${(TOP + BOTTOM) / 2}) rotate(-90)`}
            textAnchor="middle"
            fill="#475569"
          >
            {labels.scale}
          </text>
          {ticks.map(({ year }) => (
            <text key={year} x={xOf(year)} y={YEARS_Y} textAnchor="middle" fill="#475569">
              {year}
            </text>
          ))}
        </g>

        <g>
          {heads.map((h, n) => {
            const x = xOf(h.from) - slot / 2;
            const width = (h.to - h.from + 1) * slot;
            const surname = h.key.split(" ").at(-1) ?? h.key;
            const text = [h.key, surname].find((t) => t.length * CHAR_W < width - 8);
            return (
              <g key={`${h.key}-${h.from}`}>
                <title>{`${labels.headOfState}: ${h.key}, ${span(h.from, h.to)}`}</title>
                <rect
                  x={x}
                  y={BAND_TOP}
                  width={width}
                  height={BAND_H}
                  fill={n % 2 ? "#e2e8f0" : "#f1f5f9"}
                  stroke="#fff"
                />
                {text ? (
                  <text x={x + width / 2} y={BAND_TOP + 15} textAnchor="middle" fill="#1e293b">
                    {text}
                  </text>
                ) : null}
              </g>
            );
          })}
        </g>

        <path
          d={linePath(items.map((i) => ({ x: xOf(i.year), v: i.politicalRights })))}
          fill="none"
          stroke={PR_COLOUR}
          strokeWidth={layout.line}
        />
        <path
          d={linePath(items.map((i) => ({ x: xOf(i.year), v: i.civilLiberties })))}
          fill="none"
          stroke={CL_COLOUR}
          strokeWidth={layout.line}
          strokeDasharray="5 3"
        />
        {items.map((i) =>
          i.politicalRights === null ? null : (
            <circle
              key={`pr-${i.year}`}
              data-series="politicalRights"
              cx={xOf(i.year)}
              cy={yOf(i.politicalRights)}
              r={layout.mark}
              fill={PR_COLOUR}
            >
              <title>{`${i.year}: ${labels.politicalRights} ${i.politicalRights}`}</title>
            </circle>
          ),
        )}
        {items.map((i) =>
          i.civilLiberties === null ? null : (
            <rect
              key={`cl-${i.year}`}
              data-series="civilLiberties"
              x={xOf(i.year) - layout.mark}
              y={yOf(i.civilLiberties) - layout.mark}
              width={layout.mark * 2}
              height={layout.mark * 2}
              fill="#fff"
              stroke={CL_COLOUR}
              strokeWidth={layout.line * 0.75}
            >
              <title>{`${i.year}: ${labels.civilLiberties} ${i.civilLiberties}`}</title>
            </rect>
          ),
        )}

        <g aria-hidden="true">
          {legend.map(({ key, label, x, y }) => (
            <g key={key} transform={`translate(${x} ${y})`}>
              <LegendSwatch kind={key} />
              <text x={22} y={4} fill="#1e293b">
                {label}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </div>
  );
}

/** Legend entries left to right, wrapping to a new row where a translation runs long. */
function layoutLegend(right: number, entries: { key: string; label: string }[]) {
  let x = LEFT;
  let y = LEGEND_Y;
  return entries.map((entry) => {
    const width = 22 + entry.label.length * CHAR_W;
    if (x > LEFT && x + width > right) {
      x = LEFT;
      y += LEGEND_ROW;
    }
    const placed = { ...entry, x, y };
    x += width + 16;
    return placed;
  });
}

function LegendSwatch({ kind }: { kind: string }) {
  if (kind === "pr")
    return (
      <>
        <line x1={0} x2={16} stroke={PR_COLOUR} strokeWidth={2} />
        <circle cx={8} r={3.5} fill={PR_COLOUR} />
      </>
    );
  if (kind === "cl")
    return (
      <>
        <line x1={0} x2={16} stroke={CL_COLOUR} strokeWidth={2} strokeDasharray="5 3" />
        <rect x={4.5} y={-3.5} width={7} height={7} fill="#fff" stroke={CL_COLOUR} />
      </>
    );
  const fillOf = kind in STATUS_FILL ? STATUS_FILL[kind as FreedomStatus] : "#e2e8f0";
  return (
    <rect x={0} y={-7} width={16} height={14} fill={fillOf} stroke="#94a3b8" strokeWidth={0.5} />
  );
}
