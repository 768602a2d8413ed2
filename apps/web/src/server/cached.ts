import "server-only";

import { TRPCError } from "@trpc/server";
import { unstable_cache } from "next/cache";
import { connection } from "next/server";

import { cacheTags } from "@kz/api/cache-tags";
import { api } from "./caller";
import { rethrowReadError } from "./unavailable";

/**
 * The public site's reads, cached across requests in Next's data cache and invalidated by tag
 * through POST /api/revalidate when the admin publishes.
 *
 * Why `unstable_cache` and not Cache Components (`"use cache"`): with Cache Components a page's
 * static shell is sent before request-time code runs, so `notFound()` for an unknown slug would
 * answer 200, and a real 404 would need the database at build time. Here pages render per request
 * from cached data: the build never touches the database and unknown slugs get a real 404.
 *
 * Every read first calls `connection()`, which marks the calling page as request-time; a page
 * author cannot accidentally make the build query the database.
 *
 * The cache lives in the server's memory (see `isrFlushToDisk` in next.config.ts), an LRU capped
 * by Next's `cacheMaxMemorySize` (50 MB), so URLs with arbitrary filters cannot exhaust it; a
 * restart starts cold. With SHARED_CACHE=postgres it lives in Postgres instead, shared by every
 * instance of the site with its revalidations, its rows expiring (packages/next-cache). Cached values are stored as JSON: reads must return plain data (the API's outputs already use
 * ISO strings for dates).
 *
 * While the database is unavailable, cached entries go on being served; a read that needs the
 * database sends its page to the proxy's 503 page instead of failing the render (unavailable.ts).
 *
 * Adding a read is one `cachedRead` call: a unique name, the API call, and its tags; wrap a
 * by-slug read in `orNull`.
 */

type Api = ReturnType<typeof api>;
/** A procedure's input as callers write it (defaults optional). */
type InputOf<Procedure extends (...args: never[]) => unknown> = Exclude<
  Parameters<Procedure>[0],
  void | undefined
>;

/** A safety net only: if a publish-time revalidation is ever lost, data is at most this old. */
const MAX_AGE_SECONDS = 60 * 60;

function cachedRead<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
  tags: (...args: Args) => string[],
): (...args: Args) => Promise<Result> {
  return async (...args) => {
    await connection();
    // The name keeps entries of different reads apart; the arguments are part of the key too.
    const cached = unstable_cache(read, [name], {
      tags: tags(...args),
      revalidate: MAX_AGE_SECONDS,
    });
    return cached(...args).catch(rethrowReadError);
  };
}

/**
 * A record read that answers null, instead of throwing, when the record is not published or the
 * slug is malformed, so the page can call `notFound()`. Misses are not cached: arbitrary URLs must
 * not fill the cache, and a record becomes visible the moment it is published. (A malformed slug
 * is refused by the API's input schema before any query.)
 */
function orNull<Args extends unknown[], Result>(
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result | null> {
  return async (...args) => {
    try {
      return await read(...args);
    } catch (error) {
      if (
        error instanceof TRPCError &&
        (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")
      )
        return null;
      throw error;
    }
  };
}

export const listEvents = cachedRead(
  "event.list",
  (input: InputOf<Api["event"]["list"]>) => api().event.list(input),
  () => [cacheTags.events],
);

export const eventBySlug = orNull(
  cachedRead(
    "event.bySlug",
    (slug: string) => api().event.bySlug({ slug }),
    (slug) => [cacheTags.event(slug), cacheTags.events],
  ),
);

// Reading pages: topics, sources, actors, places and search. Lists that show event counts, and
// records that embed events or sources, carry those list tags too.

export const listTopics = cachedRead(
  "topic.list",
  () => api().topic.list(),
  () => [cacheTags.topics, cacheTags.events],
);

export const topicBySlug = orNull(
  cachedRead(
    "topic.bySlug",
    (slug: string) => api().topic.bySlug({ slug }),
    (slug) => [cacheTags.topic(slug), cacheTags.topics, cacheTags.events, cacheTags.sources],
  ),
);

export const listSources = cachedRead(
  "source.list",
  (input: InputOf<Api["source"]["list"]>) => api().source.list(input),
  () => [cacheTags.sources],
);

export const sourceBySlug = orNull(
  cachedRead(
    "source.bySlug",
    (slug: string) => api().source.bySlug({ slug }),
    (slug) => [
      cacheTags.source(slug),
      cacheTags.sources,
      cacheTags.events,
      cacheTags.ratings,
      cacheTags.topics,
    ],
  ),
);

export const listActors = cachedRead(
  "actor.list",
  (input: InputOf<Api["actor"]["list"]>) => api().actor.list(input),
  () => [cacheTags.actors, cacheTags.events],
);

export const actorBySlug = orNull(
  cachedRead(
    "actor.bySlug",
    (slug: string) => api().actor.bySlug({ slug }),
    (slug) => [cacheTags.actor(slug), cacheTags.actors, cacheTags.events],
  ),
);

export const listPlaces = cachedRead(
  "place.list",
  () => api().place.list(),
  () => [cacheTags.places, cacheTags.events],
);

export const placeBySlug = orNull(
  cachedRead(
    "place.bySlug",
    (slug: string) => api().place.bySlug({ slug }),
    (slug) => [cacheTags.place(slug), cacheTags.places, cacheTags.events],
  ),
);

export const searchRecord = cachedRead(
  "search.query",
  (input: InputOf<Api["search"]["query"]>) => api().search.query(input),
  () => [cacheTags.search, cacheTags.events, cacheTags.sources, cacheTags.topics, cacheTags.actors],
);

// Ratings (the home page's status, /ratings, /data). A rating's citations embed sources.

export const listRatingSeries = cachedRead(
  "rating.seriesList",
  () => api().rating.seriesList(),
  () => [cacheTags.ratings],
);

export const listRatings = orNull(
  cachedRead(
    "rating.list",
    (series: string) => api().rating.list({ series }),
    (series) => [cacheTags.ratingSeries(series), cacheTags.ratings, cacheTags.sources],
  ),
);
