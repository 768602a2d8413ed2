// @ts-check

/**
 * The shared cache's storage: entries and tag revalidations in two Postgres tables (models
 * NextCacheEntry and NextCacheTag in packages/db/prisma/schema.prisma). Every time compared here
 * is the database's clock, so instances whose clocks disagree still agree on what is newer.
 */

/** @typedef {Pick<import("pg").Pool, "query">} Queryable */
/** @typedef {{ value: unknown; lastModified: number }} StoredEntry */

/**
 * The longest a row lives, whatever the entry's own lifetime. It bounds the tables: entries are
 * swept after it, and a tag's revalidation time can be forgotten once every entry that could be
 * older than it is gone.
 */
export const MAX_LIFETIME_SECONDS = 24 * 60 * 60;

/** How often one process sweeps expired rows, at most; a sweep deletes at most SWEEP_BATCH. */
const SWEEP_EVERY_MS = 60_000;
const SWEEP_BATCH = 1_000;

/**
 * How long a row is kept: twice the entry's revalidate time, so that after it Next can still serve
 * it once as stale while it refreshes in the background (its own rule for a timed revalidation),
 * capped at MAX_LIFETIME_SECONDS.
 *
 * @param {number | undefined} revalidateSeconds
 */
export function rowLifetimeSeconds(revalidateSeconds) {
  if (!revalidateSeconds || revalidateSeconds <= 0) return MAX_LIFETIME_SECONDS;
  return Math.min(2 * revalidateSeconds, MAX_LIFETIME_SECONDS);
}

/** @param {Queryable} db */
export function createPostgresCacheStore(db) {
  let lastSweep = 0;

  /** Deletes expired entries (a batch at a time) and tag revalidations older than any entry. */
  async function sweep() {
    await db.query(
      `DELETE FROM "NextCacheEntry" WHERE key IN (
         SELECT key FROM "NextCacheEntry" WHERE "expiresAt" <= statement_timestamp() LIMIT $1)`,
      [SWEEP_BATCH],
    );
    await db.query(
      `DELETE FROM "NextCacheTag"
        WHERE "revalidatedAt" < statement_timestamp() - make_interval(secs => $1)`,
      [MAX_LIFETIME_SECONDS],
    );
  }

  return {
    /**
     * The entry under `key`, unless it has expired or one of its tags (or of `extraTags`, the tags
     * Next derives from the page asking) was revalidated at or after it was read. `checkedAt` is
     * the database's time of the lookup, as text to keep its microseconds: on a miss, the caller
     * hands it back as the new entry's `readAt`.
     *
     * @param {string} key
     * @param {string[]} extraTags
     * @returns {Promise<{ entry: StoredEntry | null; checkedAt: string }>}
     */
    async get(key, extraTags) {
      const { rows } = await db.query(
        `SELECT clock.now::text AS "checkedAt", e.value, e."lastModified"
           FROM (SELECT statement_timestamp() AS now) AS clock
           LEFT JOIN "NextCacheEntry" e
             ON e.key = $1
            AND e."expiresAt" > clock.now
            AND NOT EXISTS (
                  SELECT 1 FROM "NextCacheTag" t
                   WHERE t.tag = ANY (e.tags || $2::text[])
                     AND t."revalidatedAt" >= e."lastModified")`,
        [key, extraTags],
      );
      const row = rows[0];
      return {
        checkedAt: row.checkedAt,
        entry: row.lastModified
          ? { value: row.value, lastModified: row.lastModified.getTime() }
          : null,
      };
    },

    /**
     * Stores an entry read at `readAt` (the time of the miss; the database's now when unknown). A
     * row read later is never replaced by one read earlier, whichever instance writes last.
     *
     * @param {string} key
     * @param {unknown} value
     * @param {{ tags: string[]; readAt: string | null; lifetimeSeconds: number }} options
     */
    async set(key, value, { tags, readAt, lifetimeSeconds }) {
      await db.query(
        `WITH entry AS (SELECT COALESCE($4::timestamptz, statement_timestamp()) AS read_at)
         INSERT INTO "NextCacheEntry" (key, value, tags, "lastModified", "expiresAt")
         SELECT $1, $2::jsonb, $3::text[], entry.read_at,
                entry.read_at + make_interval(secs => $5)
           FROM entry
         ON CONFLICT (key) DO UPDATE
            SET value = EXCLUDED.value, tags = EXCLUDED.tags,
                "lastModified" = EXCLUDED."lastModified", "expiresAt" = EXCLUDED."expiresAt"
          WHERE "NextCacheEntry"."lastModified" <= EXCLUDED."lastModified"`,
        [key, JSON.stringify(value), tags, readAt, lifetimeSeconds],
      );
      if (Date.now() - lastSweep > SWEEP_EVERY_MS) {
        lastSweep = Date.now();
        sweep().catch((error) => console.error("Sweeping the shared cache failed:", error));
      }
    },

    /**
     * Marks the tags revalidated now: from this moment no instance serves an entry carrying one
     * of them that was read before.
     *
     * @param {string[]} tags
     */
    async revalidateTags(tags) {
      if (tags.length === 0) return;
      await db.query(
        `INSERT INTO "NextCacheTag" (tag, "revalidatedAt")
         SELECT tag, statement_timestamp() FROM unnest($1::text[]) AS tag
         ON CONFLICT (tag) DO UPDATE SET "revalidatedAt" = EXCLUDED."revalidatedAt"`,
        // ON CONFLICT cannot touch one row twice in a statement.
        [[...new Set(tags)]],
      );
    },

    sweep,
  };
}

/** @typedef {ReturnType<typeof createPostgresCacheStore>} CacheStore */
