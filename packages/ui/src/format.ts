export type DatePrecision = "day" | "month" | "year";

const MONTHS = [
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

function parts(iso: string): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split("-").map(Number);
  return { y: y ?? 0, m: m ?? 1, d: d ?? 1 };
}

function single(iso: string, precision: DatePrecision): string {
  const { y, m, d } = parts(iso);
  if (precision === "year") return String(y);
  if (precision === "month") return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * A date shown only as precisely as the record knows it: "2011", "December 2005", "16 December 2011",
 * and ranges such as "20–21 November 2018" or "April – May 2016".
 */
export function formatEventDate(
  start: string,
  end: string | null,
  precision: DatePrecision,
): string {
  if (!end || end === start) return single(start, precision);
  const a = parts(start);
  const b = parts(end);
  if (precision === "day" && a.y === b.y && a.m === b.m)
    return `${a.d}–${b.d} ${MONTHS[a.m - 1]} ${a.y}`;
  if (precision === "month" && a.y === b.y) return `${MONTHS[a.m - 1]} – ${MONTHS[b.m - 1]} ${a.y}`;
  return `${single(start, precision)} – ${single(end, precision)}`;
}
