import { formatDate, formatDateTime } from "../lib/format";

/**
 * A date in a table column: the day only ("2025-03-01", UTC), on one line, with the time to the
 * minute on hover and in the machine-readable attribute, so date columns stay narrow.
 */
export function ShortDate({ date, empty = "—" }: { date: Date | null; empty?: string }) {
  if (!date) return <>{empty}</>;
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date)}>
      {formatDate(date)}
    </time>
  );
}
