import { EntityType, Prisma } from "@kz/db";
import { describe, expect, it } from "vitest";

import { cacheTagPatternOf, cacheTags, cacheTagsOf, listTagsOf } from "../cache/tags";
import { COLLECTIONS, defineCollection, linkOrder } from "./index";

// A kind that does not exist: registering it must be enough for everything derived to know it.
const cases = defineCollection({
  entityType: "EVENT",
  noun: "case",
  label: "Case",
  plural: "Cases",
  path: "/cases",
  recordPages: true,
  table: "Case",
  relations: {
    eventIds: { to: "EVENT", noun: "event" },
    defendants: { to: "ACTOR", idKey: "actorId", noun: "defendant" },
  },
  labels: { title: "Title", eventIds: "Events", defendants: "Defendants" },
  cacheTags: { list: "cases", record: "court-case" },
  example: { title: "A case", eventIds: [], defendants: [] },
});
const withCases = [...COLLECTIONS, cases] as const;

describe("the collection registry", () => {
  it("names each collection's type, table and tags once, as the database knows them", () => {
    const unique = (values: string[]) => expect(new Set(values).size).toBe(values.length);
    unique(COLLECTIONS.map((c) => c.entityType));
    unique(COLLECTIONS.map((c) => c.noun));
    unique(COLLECTIONS.map((c) => c.cacheTags.list));
    unique(COLLECTIONS.map((c) => c.cacheTags.record));
    for (const c of COLLECTIONS) {
      expect(Object.values(EntityType)).toContain(c.entityType);
      expect(Object.values(Prisma.ModelName)).toContain(c.table);
    }
  });

  it("gives a newly registered collection its cache tags, in the names and the pattern", () => {
    const tags = cacheTagsOf(withCases);
    expect(tags.cases).toBe("cases");
    expect(tags.courtCase!("x-1")).toBe("court-case:x-1");
    expect(listTagsOf(withCases)).toContain("cases");
    const pattern = cacheTagPatternOf(withCases);
    expect(pattern.test("cases")).toBe(true);
    expect(pattern.test("court-case:x-1")).toBe(true);
    expect(pattern.test("court-case:X")).toBe(false);
    // Only what is registered.
    expect(cacheTagPatternOf(COLLECTIONS).test("cases")).toBe(false);
  });

  it("derives the tags the site has always used", () => {
    expect(listTagsOf(COLLECTIONS).sort()).toEqual(
      ["actors", "events", "places", "ratings", "search", "sources", "topics"].sort(),
    );
    expect(cacheTags.ratingSeries("freedom-in-the-world")).toBe(
      "rating-series:freedom-in-the-world",
    );
    expect(cacheTags.event("zhanaozen-2011")).toBe("event:zhanaozen-2011");
  });

  it("orders collections after what they link to, the new one included", () => {
    const order = linkOrder(withCases).map((c) => c.noun);
    for (const c of withCases)
      for (const { to } of Object.values<{ to: string }>(c.relations)) {
        const linked = withCases.find((l) => l.entityType === to && l !== c)!;
        expect(order.indexOf(c.noun)).toBeGreaterThan(order.indexOf(linked.noun));
      }
    expect(order.at(-1)).toBe("case");
    expect(order.indexOf("event")).toBeGreaterThan(order.indexOf("actor"));
    expect(order.indexOf("event")).toBeGreaterThan(order.indexOf("source"));
  });

  it("refuses links in a cycle, which no publishing order satisfies", () => {
    const a = { entityType: "A", relations: { bs: { to: "B" } } };
    const b = { entityType: "B", relations: { as: { to: "A" } } };
    expect(() => linkOrder([a, b])).toThrow(/cycle: A, B/);
  });
});
