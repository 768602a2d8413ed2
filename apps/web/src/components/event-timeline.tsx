import type { EventSummary } from "@kz/api";
import type { ReactNode } from "react";

import { groupByYear } from "../lib/group";
import { EventItem } from "./event-item";

/**
 * Events under a heading per year, in the order given. `level` is the year headings' level; event
 * titles sit one below it.
 */
export function EventTimeline<E extends EventSummary>({
  events,
  level = 2,
  idPrefix = "year",
  note,
}: {
  events: readonly E[];
  level?: 2 | 3;
  idPrefix?: string;
  /** More about each event in this list, e.g. an actor's role. */
  note?: (event: E) => ReactNode;
}) {
  const YearHeading = `h${level}` as const;
  return (
    <div className="space-y-6">
      {groupByYear(events).map(({ year, items }) => (
        <div
          key={year}
          className="grid gap-x-6 border-t border-slate-200 pt-4 sm:grid-cols-[5rem_1fr]"
        >
          <YearHeading
            id={`${idPrefix}-${year}`}
            className="text-brand-900 font-serif text-2xl font-semibold sm:pt-4"
          >
            {year}
          </YearHeading>
          <div>
            {items.map((event) => (
              <EventItem key={event.id} event={event} headingLevel={(level + 1) as 3 | 4}>
                {note?.(event)}
              </EventItem>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
