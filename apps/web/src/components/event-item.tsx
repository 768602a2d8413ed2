import { EventCard, type EventCardProps } from "@kz/ui";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";

import { getLabels } from "../i18n/labels";
import { getPathname } from "../i18n/navigation";
import { contentLangFor, type Locale } from "../i18n/routing";
import { fieldLang, type LinkedName } from "../lib/translated";

interface EventSummary {
  slug: string;
  title: string;
  summary: string;
  startDate: string;
  endDate: string | null;
  datePrecision: "day" | "month" | "year";
  topics: LinkedName[];
  places: LinkedName[];
  sourceCount: number;
  /** Present when the list was read in a translated language: which fields fell back to English. */
  translation?: { locale: string; fallback: string[] };
}

type Labels = Awaited<ReturnType<typeof getLabels>>;

/**
 * What a card shows of an event, and nothing more: a list hands these to a client component
 * (event-years.tsx), so every field here is sent to the browser.
 */
export function eventCardData(
  event: EventSummary,
  locale: Locale,
  labels: Labels,
): Omit<EventCardProps, "dateLabels" | "contentLang" | "headingLevel"> {
  // Read in a translated language: each linked name is in it where published, else marked English.
  const named = (refs: LinkedName[]) =>
    refs.map((ref) =>
      event.translation
        ? { slug: ref.slug, name: ref.name, lang: fieldLang(locale, ref, "name") }
        : { slug: ref.slug, name: ref.name },
    );
  return {
    href: getPathname({ locale, href: `/events/${event.slug}` }),
    title: event.title,
    summary: event.summary,
    startDate: event.startDate,
    endDate: event.endDate,
    datePrecision: event.datePrecision,
    topics: named(event.topics),
    places: named(event.places),
    sourceCount: event.sourceCount,
    sourcesLabel: labels.sourceCount(event.sourceCount),
    // Only when there is one: an undefined prop still costs the payload a "$undefined".
    ...(event.translation && {
      textLang: {
        title: fieldLang(locale, event, "title"),
        summary: fieldLang(locale, event, "summary"),
      },
    }),
  };
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
      {...eventCardData(event, locale, labels)}
      dateLabels={labels.dates}
      contentLang={contentLangFor(locale)}
      headingLevel={headingLevel}
    >
      {children}
    </EventCard>
  );
}
