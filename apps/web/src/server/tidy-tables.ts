// The events as tidy, long-format tables (one row per event and actor, citation, topic or place,
// joined on event_id), the EDTF date column, and events.json's items with their actors and
// citations. Pure: unit-tested without a server.
import type { EventDetail, EventSummary } from "@kz/api/schemas";

import { eventColumns, type CsvColumn } from "../lib/data-export";

type Precision = EventSummary["datePrecision"];

/** A date at its precision in EDTF (ISO 8601-2) level 0: `2011-12-16`, `2005-12`, `1992`. */
export function edtfDate(date: string, precision: Precision): string {
  return precision === "year" ? date.slice(0, 4) : precision === "month" ? date.slice(0, 7) : date;
}

/** When an event happened in EDTF: its date, or the interval `start/end`, at its precision. */
export function edtfOf(e: Pick<EventSummary, "startDate" | "endDate" | "datePrecision">): string {
  const start = edtfDate(e.startDate, e.datePrecision);
  return e.endDate ? `${start}/${edtfDate(e.endDate, e.datePrecision)}` : start;
}

/** events.csv: the event columns, and the date in EDTF. */
export const eventTableColumns: CsvColumn<EventSummary>[] = [
  ...eventColumns,
  { header: "date_edtf", value: edtfOf },
];

/** An event's key, first in every long table. */
const eventKey = <Row extends { event: EventSummary }>(): CsvColumn<Row>[] => [
  { header: "event_id", value: (r) => r.event.id },
  { header: "event_slug", value: (r) => r.event.slug },
];

type ActorRow = { event: EventSummary; actor: EventDetail["actors"][number] };
type CitationRow = {
  event: EventSummary;
  citation: EventDetail["citations"][number];
  position: number;
};
type TopicRow = { event: EventSummary; topic: EventSummary["topics"][number] };
type PlaceRow = { event: EventSummary; place: EventSummary["places"][number] };

export const eventActorColumns: CsvColumn<ActorRow>[] = [
  ...eventKey<ActorRow>(),
  { header: "actor_slug", value: (r) => r.actor.slug },
  { header: "actor_name", value: (r) => r.actor.name },
  { header: "actor_kind", value: (r) => r.actor.kind },
  { header: "name_withheld", value: (r) => String(r.actor.nameWithheld) },
  { header: "role", value: (r) => r.actor.role },
];

export const eventCitationColumns: CsvColumn<CitationRow>[] = [
  ...eventKey<CitationRow>(),
  { header: "position", value: (r) => r.position },
  { header: "source_slug", value: (r) => r.citation.source.slug },
  { header: "source_title", value: (r) => r.citation.source.title },
  { header: "publisher", value: (r) => r.citation.source.publisher },
  { header: "source_url", value: (r) => r.citation.source.url },
  { header: "locator", value: (r) => r.citation.locator },
  { header: "quote", value: (r) => r.citation.quote },
  { header: "attributed_to", value: (r) => r.citation.attributedTo },
];

export const eventTopicColumns: CsvColumn<TopicRow>[] = [
  ...eventKey<TopicRow>(),
  { header: "topic_slug", value: (r) => r.topic.slug },
  { header: "topic_name", value: (r) => r.topic.name },
];

export const eventPlaceColumns: CsvColumn<PlaceRow>[] = [
  ...eventKey<PlaceRow>(),
  { header: "place_slug", value: (r) => r.place.slug },
  { header: "place_name", value: (r) => r.place.name },
];

export const eventActorRows = (details: readonly EventDetail[]): ActorRow[] =>
  details.flatMap((event) => event.actors.map((actor) => ({ event, actor })));

export const eventCitationRows = (details: readonly EventDetail[]): CitationRow[] =>
  details.flatMap((event) =>
    event.citations.map((citation, i) => ({ event, citation, position: i + 1 })),
  );

export const eventTopicRows = (events: readonly EventSummary[]): TopicRow[] =>
  events.flatMap((event) => event.topics.map((topic) => ({ event, topic })));

export const eventPlaceRows = (events: readonly EventSummary[]): PlaceRow[] =>
  events.flatMap((event) => event.places.map((place) => ({ event, place })));

/** An item of events.json: the summary, the EDTF date, its actors and its citations. */
export function eventJsonItem(detail: EventDetail) {
  const { body: _body, related: _related, publishedAt: _p, lastUpdateNote: _n, ...rest } = detail;
  return { ...rest, dateEdtf: edtfOf(detail) };
}
