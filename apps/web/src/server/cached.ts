import "server-only";

import { TRPCError } from "@trpc/server";
import { unstable_cache } from "next/cache";
import { connection } from "next/server";

import { publicRecordPaths, translatedRecordPaths } from "@kz/api";
import { cacheTags, listTags, readTagsOf } from "@kz/api/cache-tags";
import { COLLECTIONS, type Collection, type CollectionConfig } from "@kz/api/collections";
import { api } from "./caller";
import { db } from "./db";
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
 * A collection's list and record pages read through `listReader(noun)` and `recordReader(noun)`,
 * tagged from the registry: a new collection needs nothing here. Any other read is one
 * `cachedRead` call: a unique name, the API call, and its tags; wrap a by-slug read in `orNull`.
 */

type Api = ReturnType<typeof api>;
type RatingSeriesList = Awaited<ReturnType<Api["rating"]["seriesList"]>>;
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

/** The collections with a public page per record: each has `list` and `bySlug` reads. */
type PageNoun = Extract<Collection, { recordPages: true }>["noun"];
type RecordOf<N extends PageNoun> = Awaited<ReturnType<Api[N]["bySlug"]>>;
type AnyRead = (...args: unknown[]) => Promise<unknown>;
/** Every page collection's router has both reads; TypeScript cannot see it through a generic noun. */
const readsOf = (noun: PageNoun) => api()[noun] as unknown as { list: AnyRead; bySlug: AnyRead };

/**
 * A collection's public list, cached under the tags of what it shows (its collection declares
 * them): `listReader("event")({ limit: 20 })`.
 */
export function listReader<N extends PageNoun>(noun: N): Api[N]["list"] {
  return cachedRead(
    `${noun}.list`,
    (...input: unknown[]) => readsOf(noun).list(...input),
    () => readTagsOf(noun).list,
  ) as unknown as Api[N]["list"];
}

/** Whether a collection's reads take a `locale`: those with translated fields do. */
const takesLocale = (noun: PageNoun) =>
  Boolean((COLLECTIONS.find((c) => c.noun === noun) as CollectionConfig | undefined)?.localized);

/**
 * A collection's published record by slug, or null: `recordReader("place")("zhanaozen")`; with a
 * locale (collections with translated fields), in that language where translated.
 */
export function recordReader<N extends PageNoun>(
  noun: N,
): (slug: string, locale?: string) => Promise<RecordOf<N> | null> {
  return orNull(
    cachedRead(
      `${noun}.bySlug`,
      (slug: string, locale?: string) =>
        readsOf(noun).bySlug({
          slug,
          ...(locale && takesLocale(noun) ? { locale } : {}),
        }) as Promise<RecordOf<N>>,
      (slug) => readTagsOf(noun).record(slug),
    ),
  );
}

export const searchRecord = cachedRead(
  "search.query",
  (input: InputOf<Api["search"]["query"]>) => api().search.query(input),
  () => [cacheTags.search, cacheTags.events, cacheTags.sources, cacheTags.topics, cacheTags.actors],
);

// Ratings (the home page's status, /ratings, /data). A rating's citations embed sources.

type ReadLocale = "en" | "ru" | "kk";

export const listRatingSeries = cachedRead<[locale?: ReadLocale], RatingSeriesList>(
  "rating.seriesList",
  (locale) => api().rating.seriesList(locale ? { locale } : undefined),
  () => [cacheTags.ratings],
);

export const listRatings = orNull(
  cachedRead<[series: string, locale?: ReadLocale], Awaited<ReturnType<Api["rating"]["list"]>>>(
    "rating.list",
    (series, locale) => api().rating.list({ series, locale }),
    (series) => [cacheTags.ratingSeries(series), cacheTags.ratings, cacheTags.sources],
  ),
);

/** Every published record's page (the sitemap): any list tag may change which there are. */
export const publicRecordPages = cachedRead(
  "publicRecordPaths",
  () => publicRecordPaths(db),
  () => listTags,
);

/** Each record page's published translations (by path), for the sitemap's alternates. */
export const translatedRecordPages = cachedRead(
  "translatedRecordPaths",
  async () => [...(await translatedRecordPaths(db))],
  () => listTags,
);

// Events explored (/events, the home page's timeline, /places): under the event list's tags.

export const eventFacets = cachedRead(
  "event.facets",
  (input: InputOf<Api["event"]["facets"]>) => api().event.facets(input),
  () => readTagsOf("event").list,
);

export const eventTimeline = cachedRead(
  "event.timeline",
  (input: InputOf<Api["event"]["timeline"]>) => api().event.timeline(input),
  () => readTagsOf("event").list,
);
