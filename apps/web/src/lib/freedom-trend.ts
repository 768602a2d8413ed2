/**
 * The latest Freedom in the World status and how it got there, computed from the ratings so the
 * home page never states a figure the record does not hold.
 */

export type FreedomStatusCode = "free" | "partly_free" | "not_free";

export interface FreedomYear {
  year: number;
  politicalRights: number | null;
  civilLiberties: number | null;
  status: FreedomStatusCode | null;
}

/** Where a measure stands now: the last change that brought it there, or no change on record. */
export type MeasureTrend<T> =
  | { kind: "changed"; from: T; to: T; year: number; direction: "worsened" | "improved" }
  | { kind: "unchanged"; value: T; since: number };

export interface FreedomTrend {
  /** The latest year with a rating, and its figures. */
  latest: FreedomYear;
  politicalRights: MeasureTrend<number> | null;
  civilLiberties: MeasureTrend<number> | null;
  status: MeasureTrend<FreedomStatusCode> | null;
}

/** Higher is less free for both ratings (1–7) and for the status. */
const STATUS_ORDER: Record<FreedomStatusCode, number> = { free: 0, partly_free: 1, not_free: 2 };

function trendOf<T extends number | string>(
  items: readonly FreedomYear[],
  value: (item: FreedomYear) => T | null,
  severity: (v: T) => number,
): MeasureTrend<T> | null {
  const known = items.flatMap((item) => {
    const v = value(item);
    return v === null ? [] : [{ year: item.year, v }];
  });
  const last = known.at(-1);
  if (!last) return null;
  // Walk back over the run of years with the latest value; the year before it is the change.
  let start = known.length - 1;
  while (start > 0 && known[start - 1]!.v === last.v) start--;
  const runStart = known[start]!;
  const before = known[start - 1];
  if (!before) return { kind: "unchanged", value: last.v, since: runStart.year };
  return {
    kind: "changed",
    from: before.v,
    to: last.v,
    year: runStart.year,
    direction: severity(last.v) > severity(before.v) ? "worsened" : "improved",
  };
}

/** Null when the series has no rated year. Years missing from the list are skipped over. */
export function freedomTrend(unsorted: readonly FreedomYear[]): FreedomTrend | null {
  const items = [...unsorted]
    .filter((i) => i.politicalRights !== null || i.civilLiberties !== null || i.status !== null)
    .sort((a, b) => a.year - b.year);
  const latest = items.at(-1);
  if (!latest) return null;
  return {
    latest,
    politicalRights: trendOf(
      items,
      (i) => i.politicalRights,
      (v) => v,
    ),
    civilLiberties: trendOf(
      items,
      (i) => i.civilLiberties,
      (v) => v,
    ),
    status: trendOf(
      items,
      (i) => i.status,
      (v) => STATUS_ORDER[v],
    ),
  };
}
