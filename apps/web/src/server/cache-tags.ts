/**
 * The public site's cache tags. The admin sends these names to POST /api/revalidate after a
 * publish, so both apps must agree on them: keep this module free of app imports so it can move
 * to a shared package unchanged.
 *
 * A record tag (`event:<slug>`) covers reads of that one record; a list tag (`events`) covers every
 * list, filter and page of that kind, and every read that embeds such records (an event's page
 * shows related events, so it carries `events` too). Records show up inside each other (topic
 * names on event cards, events on place pages), so the simple rule that is always right: after a
 * publish, unpublish or edit, send the record's own tag (and its old slug's, if the slug changed)
 * and every list tag. Lists refill lazily, one query per list actually visited.
 */
export const cacheTags = {
  events: "events",
  event: (slug: string) => `event:${slug}`,
  ratings: "ratings",
  ratingSeries: (slug: string) => `rating-series:${slug}`,
  sources: "sources",
  source: (slug: string) => `source:${slug}`,
  topics: "topics",
  topic: (slug: string) => `topic:${slug}`,
  actors: "actors",
  actor: (slug: string) => `actor:${slug}`,
  places: "places",
  place: (slug: string) => `place:${slug}`,
  search: "search",
} as const;

/**
 * Every tag the site uses, and nothing else: a list name alone, or a record kind and a slug as the
 * API allows them (lowercase letters, digits, hyphens, at most 120).
 */
export const CACHE_TAG_PATTERN =
  /^(?:events|ratings|sources|topics|actors|places|search|(?:event|rating-series|source|topic|actor|place):[a-z0-9-]{1,120})$/;

/** Every list tag: with a record's own tag, what the admin sends after changing that record. */
export const listTags = [
  cacheTags.events,
  cacheTags.ratings,
  cacheTags.sources,
  cacheTags.topics,
  cacheTags.actors,
  cacheTags.places,
  cacheTags.search,
] as const;
