import { describe, expect, it } from "vitest";

import { cachedResponse, prepareBody, weakEtag } from "./http";
import { createInFlight, createMicroCache } from "./micro-cache";

describe("the micro-cache", () => {
  it("keeps an answer for its time, then forgets it", () => {
    let now = 1_000;
    const cache = createMicroCache(1_000, 10, () => now);
    cache.set("/api/v1/events", "[1]");
    now += 999;
    expect(cache.get("/api/v1/events")).toBe("[1]");
    now += 1;
    expect(cache.get("/api/v1/events")).toBeUndefined();
  });

  it("offers an expired answer as stale for as long again, then forgets it", () => {
    let now = 1_000;
    const cache = createMicroCache(1_000, 10, () => now);
    cache.set("k", "[1]");
    expect(cache.stale("k")).toBe("[1]");
    now += 1_500;
    expect([cache.get("k"), cache.stale("k")]).toEqual([undefined, "[1]"]);
    now += 500;
    expect([cache.get("k"), cache.stale("k")]).toEqual([undefined, undefined]);
  });

  it("holds at most its number of entries, dropping the oldest", () => {
    const cache = createMicroCache(60_000, 2);
    cache.set("a", "1");
    cache.set("b", "2");
    cache.set("c", "3");
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([undefined, "2", "3"]);
  });
});

describe("answers being computed", () => {
  it("are shared with those who ask meanwhile, and forgotten once computed", async () => {
    const inFlight = createInFlight<string>();
    expect(inFlight.join("/api/v1/events")).toBeUndefined();
    const done = inFlight.lead("/api/v1/events");
    const waiting = inFlight.join("/api/v1/events");
    done("[1]");
    expect(await waiting).toBe("[1]");
    expect(inFlight.join("/api/v1/events")).toBeUndefined();
  });

  it("give those waiting nothing when none came of it, and leave a later computation alone", async () => {
    const inFlight = createInFlight<string>();
    const first = inFlight.lead("k");
    const waiting = inFlight.join("k");
    first();
    expect(await waiting).toBeUndefined();
    const second = inFlight.lead("k");
    first("late"); // settling twice changes nothing
    expect(inFlight.join("k")).toBeDefined();
    second("[2]");
    expect(inFlight.join("k")).toBeUndefined();
  });
});

describe("a prepared answer", () => {
  it("is sent with the bytes and ETag it was prepared with, and a 304 when the tag matches", async () => {
    const prepared = prepareBody('{"items":[]}');
    expect(prepared.etag).toBe(weakEtag('{"items":[]}'));
    const options = { cacheControl: "public, max-age=60" };
    const full = cachedResponse(new Request("http://x/api/v1/events"), prepared, options);
    expect([full.status, full.headers.get("etag"), await full.text()]).toEqual([
      200,
      prepared.etag,
      '{"items":[]}',
    ]);
    const again = new Request("http://x/api/v1/events", {
      headers: { "If-None-Match": prepared.etag },
    });
    expect(cachedResponse(again, prepared, options).status).toBe(304);
  });
});
