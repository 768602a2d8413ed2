/**
 * The public site's cache tags, derived from the collections, and which of them a change to a
 * record touches. Pure and free of server imports: the public site reads its tags from here too
 * (`@kz/api/cache-tags`), so the admin's revalidations and the site's cache agree.
 *
 * A list tag covers every list, filter and page of that kind (and anything that embeds one); a
 * record tag covers that record's own page.
 */
import { COLLECTIONS, type CollectionConfig } from "../collections";

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** `cacheTags.events` ("events") and `cacheTags.event(slug)` ("event:<slug>") for each collection. */
export type CacheTagsOf<C extends CollectionConfig> = {
  [K in C as K["cacheTags"]["list"]]: K["cacheTags"]["list"];
} & {
  [K in C as CamelCase<K["cacheTags"]["record"]>]: (slug: string) => string;
} & { search: typeof SEARCH };

// Search results embed every kind: one tag for all of them.
const SEARCH = "search";

const camelCase = (name: string) =>
  name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The tag names of a registry's collections (`cacheTags` below for the real one). */
export function cacheTagsOf<const C extends readonly CollectionConfig[]>(
  collections: C,
): CacheTagsOf<C[number]> {
  const tags: Record<string, unknown> = { search: SEARCH };
  for (const { list, record } of collections.map((c) => c.cacheTags)) {
    tags[list] = list;
    tags[camelCase(record)] = (slug: string) => `${record}:${slug}`;
  }
  return tags as CacheTagsOf<C[number]>;
}

/** Every list tag: with a record's own tag, what covers everything a change to it may show in. */
export const listTagsOf = (collections: readonly CollectionConfig[]): string[] => [
  ...collections.map((c) => c.cacheTags.list),
  SEARCH,
];

/**
 * Every tag the site uses, and nothing else: a list name alone, or a record kind and a slug as the
 * API allows them (lowercase letters, digits, hyphens, at most 120).
 */
export const cacheTagPatternOf = (collections: readonly CollectionConfig[]): RegExp =>
  new RegExp(
    `^(?:${listTagsOf(collections).join("|")}|(?:${collections.map((c) => c.cacheTags.record).join("|")}):[a-z0-9-]{1,120})$`,
  );

export const cacheTags = cacheTagsOf(COLLECTIONS);

/**
 * The tags of a collection's public reads (`<noun>.list`, `<noun>.bySlug`): its own, and the list
 * tags of the collections it declares its pages show.
 */
export function readTagsOf(noun: string): { list: string[]; record: (slug: string) => string[] } {
  const collection = COLLECTIONS.find((c) => c.noun === noun);
  if (!collection) throw new Error(`No collection "${noun}"`);
  const { list, record, shows } = collection.cacheTags as CollectionConfig["cacheTags"];
  const listsOf = (types: readonly string[] = []) =>
    COLLECTIONS.filter((c) => types.includes(c.entityType)).map((c) => c.cacheTags.list);
  return {
    list: [list, ...listsOf(shows?.list)],
    record: (slug) => [`${record}:${slug}`, list, ...listsOf(shows?.record)],
  };
}
export const listTags = listTagsOf(COLLECTIONS);
export const CACHE_TAG_PATTERN = cacheTagPatternOf(COLLECTIONS);

/** Deduplicated and sorted, so callers and tests see a stable set. */
export function uniqueTags(...groups: (readonly string[])[]): string[] {
  return [...new Set(groups.flat())].sort();
}

const each = (slugs: readonly string[] | undefined, tag: (slug: string) => string) =>
  (slugs ?? []).map(tag);

/** The slugs of an event and of what its page links to (all may be several: old and new). */
export interface EventTagInput {
  slugs: readonly string[];
  topicSlugs?: readonly string[];
  placeSlugs?: readonly string[];
  actorSlugs?: readonly string[];
  sourceSlugs?: readonly string[];
}

/**
 * An event appears on its page, in event lists and search, on the pages of its topics, places and
 * actors, and on the pages of the sources it cites (which list what cites them).
 */
export function eventTags(e: EventTagInput): string[] {
  return uniqueTags(
    [cacheTags.events, cacheTags.search],
    each(e.slugs, cacheTags.event),
    e.topicSlugs?.length ? [cacheTags.topics, ...each(e.topicSlugs, cacheTags.topic)] : [],
    e.placeSlugs?.length ? [cacheTags.places, ...each(e.placeSlugs, cacheTags.place)] : [],
    e.actorSlugs?.length ? [cacheTags.actors, ...each(e.actorSlugs, cacheTags.actor)] : [],
    e.sourceSlugs?.length ? [cacheTags.sources, ...each(e.sourceSlugs, cacheTags.source)] : [],
  );
}

/** A topic: its page and list, search, event lists and pages (they show topic names), cited sources. */
export function topicTags(t: {
  slugs: readonly string[];
  eventSlugs?: readonly string[];
  sourceSlugs?: readonly string[];
}): string[] {
  return uniqueTags(
    [cacheTags.topics, cacheTags.search, cacheTags.events],
    each(t.slugs, cacheTags.topic),
    each(t.eventSlugs, cacheTags.event),
    t.sourceSlugs?.length ? [cacheTags.sources, ...each(t.sourceSlugs, cacheTags.source)] : [],
  );
}

/**
 * A source: its page and list, search, and whatever shows it as a footnote: event pages (and event
 * lists, whose summaries count published sources), topic pages, rating series.
 */
export function sourceTags(s: {
  slugs: readonly string[];
  eventSlugs?: readonly string[];
  topicSlugs?: readonly string[];
  ratingSeriesSlugs?: readonly string[];
}): string[] {
  return uniqueTags(
    [cacheTags.sources, cacheTags.search],
    each(s.slugs, cacheTags.source),
    s.eventSlugs?.length ? [cacheTags.events, ...each(s.eventSlugs, cacheTags.event)] : [],
    s.topicSlugs?.length ? [cacheTags.topics, ...each(s.topicSlugs, cacheTags.topic)] : [],
    s.ratingSeriesSlugs?.length
      ? [cacheTags.ratings, ...each(s.ratingSeriesSlugs, cacheTags.ratingSeries)]
      : [],
  );
}

/** A rating: the ratings pages of its series, and the pages of the sources it cites. */
export function ratingTags(r: {
  seriesSlugs: readonly string[];
  sourceSlugs?: readonly string[];
}): string[] {
  return uniqueTags(
    [cacheTags.ratings],
    each(r.seriesSlugs, cacheTags.ratingSeries),
    r.sourceSlugs?.length ? [cacheTags.sources, ...each(r.sourceSlugs, cacheTags.source)] : [],
  );
}

/**
 * An actor: its page and list, search, the pages of the events it appears on, and event lists
 * (filtered by the actor, they name it and count its events).
 */
export function actorTags(a: {
  slugs: readonly string[];
  eventSlugs?: readonly string[];
}): string[] {
  return uniqueTags(
    [cacheTags.actors, cacheTags.search],
    each(a.slugs, cacheTags.actor),
    a.eventSlugs?.length ? [cacheTags.events, ...each(a.eventSlugs, cacheTags.event)] : [],
  );
}

/** A place: its page and list, search, event lists and pages (event summaries show place names). */
export function placeTags(p: {
  slugs: readonly string[];
  eventSlugs?: readonly string[];
}): string[] {
  return uniqueTags(
    [cacheTags.places, cacheTags.search],
    each(p.slugs, cacheTags.place),
    p.eventSlugs?.length ? [cacheTags.events, ...each(p.eventSlugs, cacheTags.event)] : [],
  );
}
