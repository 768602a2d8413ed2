import { createTestDatabase, type TestDatabase } from "@kz/db/testing";
import type {
  CachedFetchValue,
  CachedRouteKind,
  IncrementalCacheKind,
} from "next/dist/server/response-cache/types";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { sharedCacheHandler } from "./handler.mjs";
import { createPostgresCacheStore, MAX_LIFETIME_SECONDS } from "./store.mjs";

// Two instances of the public site, as two handler classes with pools of their own over one
// database: nothing is shared between them but Postgres.
let database: TestDatabase;
const pools: pg.Pool[] = [];

function instance() {
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  pools.push(pool);
  const store = createPostgresCacheStore(pool);
  const Handler = sharedCacheHandler(() => store);
  // Next constructs a handler per request.
  return { request: () => new Handler({ revalidatedTags: [], _requestHeaders: {} }), store };
}

let a: ReturnType<typeof instance>;
let b: ReturnType<typeof instance>;

beforeAll(async () => {
  database = await createTestDatabase("kz_next_cache");
  a = instance();
  b = instance();
});

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  await database?.drop();
});

let keys = 0;
const newKey = () => `key-${++keys}`;

const fetchValue = (data: unknown): CachedFetchValue => ({
  kind: "FETCH" as CachedRouteKind.FETCH,
  data: { headers: {}, body: JSON.stringify(data), status: 200, url: "" },
  revalidate: 3600,
});

const read = (tags: string[], softTags: string[] = []) => ({
  kind: "FETCH" as IncrementalCacheKind.FETCH,
  revalidate: 3600,
  tags,
  softTags,
});

const bodyOf = (entry: { value: unknown } | null) =>
  entry ? JSON.parse((entry.value as CachedFetchValue).data.body) : null;

/** A read as unstable_cache does it: a get, and on a miss the data and a set. */
async function readThrough(
  handler: ReturnType<typeof a.request>,
  key: string,
  tags: string[],
  data: unknown,
) {
  const cached = await handler.get(key, read(tags));
  if (cached) return bodyOf(cached);
  await handler.set(key, fetchValue(data), { fetchCache: true, tags });
  return data;
}

describe("two instances over one database", () => {
  it("serves in one instance what the other cached", async () => {
    const key = newKey();
    expect(await readThrough(a.request(), key, ["events"], { title: "First" })).toEqual({
      title: "First",
    });

    const entry = await b.request().get(key, read(["events"]));

    expect(bodyOf(entry)).toEqual({ title: "First" });
    expect(entry?.lastModified).toBeGreaterThan(0);
  });

  it("misses in every instance once one of them revalidates a tag of the entry", async () => {
    const key = newKey();
    await readThrough(a.request(), key, ["event:protest", "events"], { title: "Old" });
    expect(await b.request().get(key, read(["event:protest", "events"]))).not.toBeNull();

    await a.request().revalidateTag(["event:protest"], { expire: 0 });

    expect(await b.request().get(key, read(["event:protest", "events"]))).toBeNull();
    expect(await a.request().get(key, read(["event:protest", "events"]))).toBeNull();
    // The next read in B caches the new data, which A then serves.
    await readThrough(b.request(), key, ["event:protest", "events"], { title: "New" });
    expect(bodyOf(await a.request().get(key, read(["event:protest", "events"])))).toEqual({
      title: "New",
    });
  });

  it("keeps serving entries whose tags were not revalidated", async () => {
    const topics = newKey();
    const events = newKey();
    await readThrough(a.request(), topics, ["topics"], ["rights"]);
    await readThrough(a.request(), events, ["events"], ["a protest"]);

    await b.request().revalidateTag("events");

    expect(bodyOf(await b.request().get(topics, read(["topics"])))).toEqual(["rights"]);
    expect(await b.request().get(events, read(["events"]))).toBeNull();
  });

  it("misses when a tag Next derives from the page (a soft tag) was revalidated", async () => {
    const key = newKey();
    await readThrough(a.request(), key, ["sources"], ["a report"]);

    await a.request().revalidateTag("_N_T_/sources");

    expect(await b.request().get(key, read(["sources"], ["_N_T_/sources"]))).toBeNull();
    expect(await b.request().get(key, read(["sources"], ["_N_T_/topics"]))).not.toBeNull();
  });

  it("does not cache data read before a revalidation that landed during the read", async () => {
    const key = newKey();
    const reading = b.request();
    expect(await reading.get(key, read(["actors"]))).toBeNull();
    // While B queries the database (and sees the old data), A publishes and revalidates.
    await a.request().revalidateTag("actors");
    await reading.set(key, fetchValue(["before the publish"]), {
      fetchCache: true,
      tags: ["actors"],
    });

    expect(await a.request().get(key, read(["actors"]))).toBeNull();
    expect(await b.request().get(key, read(["actors"]))).toBeNull();
  });

  it("dates every copy a request stores from the request's first miss", async () => {
    const key = newKey();
    const page = a.request();
    // A page and its metadata read the same missing entry side by side, then both store it.
    expect(
      await Promise.all([page.get(key, read(["topics"])), page.get(key, read(["topics"]))]),
    ).toEqual([null, null]);
    await b.request().revalidateTag("topics");
    for (const copy of ["the page's", "the metadata's"])
      await page.set(key, fetchValue(copy), { fetchCache: true, tags: ["topics"] });

    expect(await b.request().get(key, read(["topics"]))).toBeNull();
  });

  it("keeps the entry read last when an earlier read is stored after it", async () => {
    const key = newKey();
    const slow = a.request();
    expect(await slow.get(key, read(["places"]))).toBeNull();
    await readThrough(b.request(), key, ["places"], ["read later"]);

    await slow.set(key, fetchValue(["read earlier"]), { fetchCache: true, tags: ["places"] });

    expect(bodyOf(await a.request().get(key, read(["places"])))).toEqual(["read later"]);
  });
});

describe("bounded growth", () => {
  const count = async (table: string) => {
    const { rows } = await pools[0]!.query(`SELECT count(*)::int AS n FROM "${table}"`);
    return rows[0].n as number;
  };

  it("never serves an expired entry, and sweeps it", async () => {
    const key = newKey();
    await a.store.set(key, fetchValue("short-lived"), {
      tags: ["search"],
      readAt: null,
      lifetimeSeconds: 0,
    });
    const before = await count("NextCacheEntry");

    expect((await b.store.get(key, [])).entry).toBeNull();
    await b.store.sweep();

    expect(await count("NextCacheEntry")).toBe(before - 1);
  });

  it("forgets tag revalidations older than any entry can be", async () => {
    await a.store.revalidateTags(["ratings", "rating-series:freedom"]);
    await pools[0]!.query(
      `UPDATE "NextCacheTag" SET "revalidatedAt" = now() - make_interval(secs => $1 + 1)
        WHERE tag = 'ratings'`,
      [MAX_LIFETIME_SECONDS],
    );

    await a.store.sweep();

    const { rows } = await pools[0]!.query(
      `SELECT tag FROM "NextCacheTag" WHERE tag LIKE 'rating%' ORDER BY tag`,
    );
    expect(rows.map((row) => row.tag)).toEqual(["rating-series:freedom"]);
  });
});
