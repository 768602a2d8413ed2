"use client";

import { EventCard, type DateLabels, type EventCardProps } from "@kz/ui";

import { groupByYear } from "../lib/group";

/**
 * An event card's own data, as small as it goes: topic and place names only, the sources' count
 * in words, no end date when there is none. The words shared by the list come once.
 */
export type EventCardData = Omit<
  EventCardProps,
  "dateLabels" | "contentLang" | "headingLevel" | "topics" | "places" | "sourceCount" | "endDate"
> & { topics: Named[]; places: Named[]; sourcesLabel: string; endDate?: string };

/** A topic or place by name, with its `lang` where that differs from the page's. */
type Named = { name: string; lang?: string };

const named = ({ name, lang }: Named) => ({ slug: name, name, lang });

/**
 * Events under a heading per year (event-timeline.tsx). A client component only so that the
 * page's RSC payload carries each event's data once instead of its card's markup as React
 * elements; it has no state.
 */
export function EventYears({
  events,
  level,
  idPrefix,
  dateLabels,
  contentLang,
}: {
  events: readonly EventCardData[];
  level: 2 | 3;
  idPrefix: string;
  dateLabels: DateLabels;
  contentLang?: string;
}) {
  const YearHeading = `h${level}` as const;
  return (
    // Spaced by `.kz-years`, each year laid out by `.kz-year` (globals.css).
    <div className="kz-years">
      {groupByYear(events).map(({ year, items }) => (
        <div key={year} className="kz-year">
          <YearHeading id={`${idPrefix}-${year}`}>{year}</YearHeading>
          <div>
            {items.map((event) => (
              <EventCard
                key={event.href}
                {...event}
                endDate={event.endDate ?? null}
                topics={event.topics.map(named)}
                places={event.places.map(named)}
                sourceCount={0}
                dateLabels={dateLabels}
                contentLang={contentLang}
                headingLevel={(level + 1) as 3 | 4}
              />
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
