import { EventCard } from "@kz/ui";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";

import { getLabels } from "../i18n/labels";
import { getPathname } from "../i18n/navigation";
import { contentLangFor } from "../i18n/routing";
import { fieldLang } from "../lib/translated";

interface EventSummary {
  slug: string;
  title: string;
  summary: string;
  startDate: string;
  endDate: string | null;
  datePrecision: "day" | "month" | "year";
  topics: { slug: string; name: string }[];
  places: { slug: string; name: string }[];
  sourceCount: number;
  /** Present when the list was read in a translated language: which fields fell back to English. */
  translation?: { locale: string; fallback: string[] };
}

/** An event from the API as a card in the reader's language, linking to its page. */
export async function EventItem({
  event,
  headingLevel,
  children,
}: {
  event: EventSummary;
  headingLevel?: 2 | 3 | 4;
  /** Shown under the summary, e.g. an actor's role in the event. */
  children?: ReactNode;
}) {
  const [locale, labels] = await Promise.all([getLocale(), getLabels()]);
  return (
    <EventCard
      {...event}
      href={getPathname({ locale, href: `/events/${event.slug}` })}
      dateLabels={labels.dates}
      sourcesLabel={labels.sourceCount(event.sourceCount)}
      contentLang={contentLangFor(locale)}
      textLang={
        event.translation && {
          title: fieldLang(locale, event, "title"),
          summary: fieldLang(locale, event, "summary"),
        }
      }
      headingLevel={headingLevel}
    >
      {children}
    </EventCard>
  );
}
