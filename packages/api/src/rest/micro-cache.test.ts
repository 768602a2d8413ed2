import { describe, expect, it } from "vitest";

import { createMicroCache } from "./micro-cache";

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

  it("holds at most its number of entries, dropping the oldest", () => {
    const cache = createMicroCache(60_000, 2);
    cache.set("a", "1");
    cache.set("b", "2");
    cache.set("c", "3");
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([undefined, "2", "3"]);
  });
});
