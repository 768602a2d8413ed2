// Calendar days typed into date inputs are UTC days, like every time the admin shows.

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The first (or last) instant of a UTC calendar day, or null if it is not a real day. */
export function dayBoundary(day: string, edge: "start" | "end"): Date | null {
  if (!DAY.test(day)) return null;
  const date = new Date(`${day}T${edge === "start" ? "00:00:00.000" : "23:59:59.999"}Z`);
  // "2025-02-30" parses as a day in March: only a real day round-trips.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) return null;
  return date;
}

/** The UTC day `days` after `from`, as YYYY-MM-DD. */
export function dayAfter(from: Date, days: number): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
