import { describe, expect, it } from "vitest";

import {
  changedKeys,
  dropEdits,
  isNetworkError,
  keepEdits,
  keptEdits,
  keptEditsKey,
} from "./kept-edits";

/** localStorage's three methods over a Map; `full` makes setItem throw as a full storage does. */
function memoryStore(full = false) {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new DOMException("quota", "QuotaExceededError");
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
  };
}

describe("kept edits", () => {
  const key = keptEditsKey("/places", "p1");
  const edits = {
    version: 3,
    values: { region: "Atyrau", otherNames: ["a"] },
    at: "2026-12-07T10:00:00Z",
  };

  it("keeps edits per record and reads them back until dropped", () => {
    const store = memoryStore();
    expect(keepEdits(store, key, edits)).toBe(true);
    expect(keptEdits(store, keptEditsKey("/places", "p2"))).toBeNull();
    expect(keptEdits(store, key)).toEqual(edits);
    dropEdits(store, key);
    expect(keptEdits(store, key)).toBeNull();
  });

  it("says so when the browser refuses to keep them", () => {
    expect(keepEdits(memoryStore(true), key, edits)).toBe(false);
  });

  it("drops what it cannot read instead of restoring it", () => {
    const store = memoryStore();
    store.setItem(key, "{not json");
    expect(keptEdits(store, key)).toBeNull();
    expect(store.map.has(key)).toBe(false);
    store.setItem(key, JSON.stringify({ version: "3", values: {}, at: "x" }));
    expect(keptEdits(store, key)).toBeNull();
    expect(store.map.has(key)).toBe(false);
  });
});

describe("changedKeys", () => {
  it("lists the top-level fields that differ, lists and nested values included", () => {
    expect(
      changedKeys(
        { a: "x", b: ["1", "2"], c: { d: 1 }, e: null },
        { a: "x", b: ["2", "1"], c: { d: 1 }, f: "" },
      ),
    ).toEqual(["b", "e", "f"]);
  });
});

describe("isNetworkError", () => {
  it("is true offline, or when fetch itself failed, however deep the cause", () => {
    expect(isNetworkError(new Error("Anything"), false)).toBe(true);
    expect(isNetworkError(new TypeError("Failed to fetch"), true)).toBe(true);
    expect(isNetworkError(new Error("wrapped", { cause: new TypeError("x") }), true)).toBe(true);
  });

  it("is false for an answer from the server", () => {
    expect(isNetworkError(new Error("Another record already uses the slug"), true)).toBe(false);
    expect(isNetworkError("not an error", true)).toBe(false);
  });
});
