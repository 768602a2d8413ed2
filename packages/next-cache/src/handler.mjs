// @ts-check

/**
 * Next's cache handler (`cacheHandler` in next.config) for several instances of the public site:
 * the data cache (`unstable_cache`, and `fetch` with `next.tags`) and its tag revalidations live in
 * Postgres, so a publish that revalidates a tag on one instance is seen by all of them at their
 * next read. See docs/scaling.md.
 *
 * - A tag revalidated on any instance makes its entries misses at once, whatever the profile
 *   passed to `revalidateTag`: Next's own handler would serve them once more as stale for a
 *   profile that expires later ("max"); this site always passes `{ expire: 0 }`.
 * - An entry's time is the moment its instance found no entry, before it queried, so a revalidation
 *   that lands while the query runs still makes the result stale instead of caching old data.
 * - Everything but the data cache (the response cache of static routes, which the build wrote to
 *   disk and which holds no data) stays with Next's own per-instance handler.
 *
 * JavaScript rather than TypeScript: Next imports this file with Node's own `import()` at start,
 * outside the app's bundle, and Node 20 does not run TypeScript. The types are checked from JSDoc.
 */
import { createRequire } from "node:module";

import pg from "pg";

import { sharedCacheConfig } from "./config.mjs";
import { createPostgresCacheStore, rowLifetimeSeconds } from "./store.mjs";

/** @typedef {typeof import("next/dist/server/lib/incremental-cache").CacheHandler} HandlerClass */
/** @typedef {InstanceType<HandlerClass>} NextCacheHandler */
/** @typedef {import("next/dist/server/lib/incremental-cache").CacheHandlerContext} HandlerContext */
/** @typedef {import("next/dist/server/lib/incremental-cache").CacheHandlerValue} HandlerValue */
/** @typedef {Parameters<NextCacheHandler["get"]>[1]} GetContext */
/** @typedef {Parameters<NextCacheHandler["set"]>[1]} SetValue */
/** @typedef {Parameters<NextCacheHandler["set"]>[2]} SetContext */
/** @typedef {import("./store.mjs").CacheStore} CacheStore */

// Next's default handler, for what is not shared. A CommonJS module whose class is its `default`.
const { default: FileSystemCache } = /** @type {{ default: HandlerClass }} */ (
  createRequire(import.meta.url)("next/dist/server/lib/incremental-cache/file-system-cache.js")
);

/** Misses remembered per handler, a bound in case Next ever keeps one handler beyond a request. */
const MAX_REMEMBERED_MISSES = 1_000;

/**
 * The handler class over a store. Next constructs one per request, so what an instance keeps is
 * that request's: the entries it already read, and when it found each missing entry.
 *
 * @param {() => CacheStore} storeOf called at construction, so configuration errors surface on the first request
 * @returns {HandlerClass}
 */
export function sharedCacheHandler(storeOf) {
  return class SharedCacheHandler {
    /** @type {CacheStore} */
    #store;
    /** @type {HandlerContext} */
    #context;
    /** @type {NextCacheHandler | undefined} */
    #perInstance;
    /**
     * This request's lookups by key: a page and its metadata, rendered side by side, read the same
     * entries and share one query for each.
     *
     * @type {Map<string, Promise<HandlerValue | null>>}
     */
    #lookups = new Map();
    /**
     * When this request found each entry missing. Kept for the whole request: readers of a missing
     * entry that ran side by side each store what they read, all dated from the first miss.
     *
     * @type {Map<string, string>}
     */
    #missedAt = new Map();

    /** @param {HandlerContext} context */
    constructor(context) {
      this.#store = storeOf();
      this.#context = context;
    }

    #local() {
      const local = this.#perInstance ?? new FileSystemCache(this.#context);
      this.#perInstance = local;
      return local;
    }

    /**
     * @param {string} key
     * @param {GetContext} context
     * @returns {Promise<HandlerValue | null>}
     */
    async get(key, context) {
      if (context.kind !== "FETCH") return this.#local().get(key, context);
      let lookup = this.#lookups.get(key);
      if (!lookup) {
        lookup = this.#lookUp(key, [...(context.tags ?? []), ...(context.softTags ?? [])]);
        this.#lookups.set(key, lookup);
      }
      return lookup;
    }

    /**
     * @param {string} key
     * @param {string[]} tags
     * @returns {Promise<HandlerValue | null>}
     */
    async #lookUp(key, tags) {
      let found;
      try {
        found = await this.#store.get(key, tags);
      } catch (error) {
        // A miss: the read itself goes to the database, which answers or fails on its own.
        console.error("Reading the shared cache failed; reading the data instead:", error);
        return null;
      }
      if (!found.entry) {
        this.#rememberMiss(key, found.checkedAt);
        return null;
      }
      return /** @type {HandlerValue} */ ({
        value: found.entry.value,
        lastModified: found.entry.lastModified,
      });
    }

    /**
     * @param {string} key
     * @param {SetValue} data
     * @param {SetContext} context
     */
    async set(key, data, context) {
      if (!("fetchCache" in context && context.fetchCache) || data?.kind !== "FETCH")
        return this.#local().set(key, data, context);
      const readAt = this.#missedAt.get(key) ?? null;
      await this.#store.set(key, data, {
        tags: context.tags ?? data.tags ?? [],
        readAt,
        lifetimeSeconds: rowLifetimeSeconds(data.revalidate),
      });
      this.#lookups.set(key, Promise.resolve({ value: data, lastModified: Date.now() }));
    }

    /**
     * @param {string | string[]} tags
     * @param {{ expire?: number }} [durations]
     */
    async revalidateTag(tags, durations) {
      const list = typeof tags === "string" ? [tags] : tags;
      // Not caught: a revalidation that did not reach Postgres must not look like one that did.
      await this.#store.revalidateTags(list);
      await this.#local().revalidateTag(list, durations);
    }

    resetRequestCache() {
      this.#lookups.clear();
    }

    /**
     * @param {string} key
     * @param {string} at the database's time of the miss
     */
    #rememberMiss(key, at) {
      if (this.#missedAt.has(key)) return;
      if (this.#missedAt.size >= MAX_REMEMBERED_MISSES) {
        const oldest = this.#missedAt.keys().next().value;
        if (oldest !== undefined) this.#missedAt.delete(oldest);
      }
      this.#missedAt.set(key, at);
    }
  };
}

/** @type {CacheStore | undefined} */
let configuredStore;

/** The store over the database the app configured at start (one pool per process). */
function storeFromConfig() {
  if (configuredStore) return configuredStore;
  const config = sharedCacheConfig();
  if (!config)
    throw new Error(
      "The shared cache handler is on (SHARED_CACHE=postgres) but was not configured: " +
        "apps/web/src/instrumentation.ts calls configureSharedCache at start. Check that the " +
        "build includes it, or unset SHARED_CACHE to use the in-memory cache.",
    );
  const pool = new pg.Pool({
    connectionString: config.databaseUrl,
    max: config.poolSize ?? 4,
    connectionTimeoutMillis: 5_000,
  });
  // An idle connection that breaks (Postgres restarting) must not take the server down.
  pool.on("error", (error) => console.error("A shared cache connection failed:", error));
  configuredStore = createPostgresCacheStore(pool);
  return configuredStore;
}

export default sharedCacheHandler(storeFromConfig);
