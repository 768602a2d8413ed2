export type DatePrecision = "day" | "month" | "year";

/**
 * The words and word order of dates in one language. Patterns use `{placeholders}` so a
 * translation can reorder them ("2011 жылғы 16 желтоқсан"); Russian needs a second set of month
 * names because a month with a day is in the genitive ("16 декабря", but "декабрь 2011").
 */
export interface DateLabels {
  /** Month names on their own: "December 2011". */
  months: readonly string[];
  /** Month names after a day number: "16 December 2011". */
  monthsWithDay: readonly string[];
  /** `{year}` */
  year: string;
  /** `{month}`, `{year}` */
  month: string;
  /** `{day}`, `{month}`, `{year}` */
  day: string;
  /** Two days in one month: `{startDay}`, `{endDay}`, `{month}`, `{year}` */
  dayRange: string;
  /** Two months in one year: `{startMonth}`, `{endMonth}`, `{year}` */
  monthRange: string;
  /** Anything wider: `{start}`, `{end}` */
  range: string;
}

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export const englishDates: DateLabels = {
  months: EN_MONTHS,
  monthsWithDay: EN_MONTHS,
  year: "{year}",
  month: "{month} {year}",
  day: "{day} {month} {year}",
  dayRange: "{startDay}–{endDay} {month} {year}",
  monthRange: "{startMonth} – {endMonth} {year}",
  range: "{start} – {end}",
};

/** Fills `{name}` placeholders; unknown names are left as they are so a typo shows on the page. */
export function fill(pattern: string, values: Record<string, string | number>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

function parts(iso: string): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split("-").map(Number);
  return { y: y ?? 0, m: m ?? 1, d: d ?? 1 };
}

function single(iso: string, precision: DatePrecision, l: DateLabels): string {
  const { y, m, d } = parts(iso);
  if (precision === "year") return fill(l.year, { year: y });
  if (precision === "month") return fill(l.month, { month: l.months[m - 1] ?? "", year: y });
  return fill(l.day, { day: d, month: l.monthsWithDay[m - 1] ?? "", year: y });
}

/**
 * A date shown only as precisely as the record knows it: "2011", "December 2005", "16 December 2011",
 * and ranges such as "20–21 November 2018" or "April – May 2016".
 */
export function formatEventDate(
  start: string,
  end: string | null,
  precision: DatePrecision,
  labels: DateLabels = englishDates,
): string {
  if (!end || end === start) return single(start, precision, labels);
  const a = parts(start);
  const b = parts(end);
  if (precision === "day" && a.y === b.y && a.m === b.m)
    return fill(labels.dayRange, {
      startDay: a.d,
      endDay: b.d,
      month: labels.monthsWithDay[a.m - 1] ?? "",
      year: a.y,
    });
  if (precision === "month" && a.y === b.y)
    return fill(labels.monthRange, {
      startMonth: labels.months[a.m - 1] ?? "",
      endMonth: labels.months[b.m - 1] ?? "",
      year: a.y,
    });
  return fill(labels.range, {
    start: single(start, precision, labels),
    end: single(end, precision, labels),
  });
}

/**
 * A date as an HTML `datetime` value, only as precise as the record: "2005-09" for a month, "2011"
 * for a year, so machines are not told a day nobody knows.
 */
export function isoAtPrecision(date: string, precision: DatePrecision): string {
  if (precision === "year") return date.slice(0, 4);
  if (precision === "month") return date.slice(0, 7);
  return date;
}
