import type { EventSummary } from "@kz/api";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";

import { getLabels } from "../i18n/labels";
import { contentLangFor } from "../i18n/routing";
import { eventCardData } from "./event-item";
import { EventYears, type EventCardData } from "./event-years";

/**
 * Events under a heading per year, in the order given. `level` is the year headings' level; event
 * titles sit one below it.
 */
export async function EventTimeline<E extends EventSummary>({
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
  const [locale, labels] = await Promise.all([getLocale(), getLabels()]);
  // The slug is not shown; the name's `lang` is, and only when there is one (the payload).
  const byName = ({ name, lang }: { name: string; lang?: string }) =>
    lang ? { name, lang } : { name };
  return (
    <EventYears
      events={events.map((event): EventCardData => {
        const { topics, places, sourceCount, endDate, ...card } = eventCardData(
          event,
          locale,
          labels,
        );
        return {
          ...card,
          sourcesLabel: labels.sourceCount(sourceCount),
          topics: topics.map(byName),
          places: places.map(byName),
          ...(endDate && { endDate }),
          ...(note && { children: note(event) }),
        };
      })}
      level={level}
      idPrefix={idPrefix}
      dateLabels={labels.dates}
      contentLang={contentLangFor(locale)}
    />
  );
}
