import { EntityType, Prisma } from "@kz/db";
import { describe, expect, it } from "vitest";

import { cacheTagPatternOf, cacheTags, cacheTagsOf, listTagsOf } from "../cache/tags";
import { COLLECTIONS, defineCollection, linkOrder } from "./index";

// A kind that does not exist: registering it must be enough for everything derived to know it.
const petitions = defineCollection({
  entityType: "EVENT",
  noun: "petition",
  label: "Petition",
  plural: "Petitions",
  path: "/petitions",
  recordPages: true,
  table: "Petition",
  relations: {
    caseIds: { to: "CASE", noun: "case" },
    signatories: { to: "ACTOR", idKey: "actorId", noun: "signatory" },
  },
  labels: { title: "Title", caseIds: "Cases", signatories: "Signatories" },
  cacheTags: { list: "petitions", record: "filed-petition" },
  example: { title: "A petition", caseIds: [], signatories: [] },
});
const withPetitions = [...COLLECTIONS, petitions] as const;

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
    const tags = cacheTagsOf(withPetitions);
    expect(tags.petitions).toBe("petitions");
    expect(tags.filedPetition!("x-1")).toBe("filed-petition:x-1");
    expect(listTagsOf(withPetitions)).toContain("petitions");
    const pattern = cacheTagPatternOf(withPetitions);
    expect(pattern.test("petitions")).toBe(true);
    expect(pattern.test("filed-petition:x-1")).toBe(true);
    expect(pattern.test("filed-petition:X")).toBe(false);
    // Only what is registered.
    expect(cacheTagPatternOf(COLLECTIONS).test("petitions")).toBe(false);
  });

  it("derives the tags the site has always used", () => {
    expect(listTagsOf(COLLECTIONS).sort()).toEqual(
      ["actors", "cases", "events", "places", "ratings", "search", "sources", "topics"].sort(),
    );
    expect(cacheTags.ratingSeries("freedom-in-the-world")).toBe(
      "rating-series:freedom-in-the-world",
    );
    expect(cacheTags.event("zhanaozen-2011")).toBe("event:zhanaozen-2011");
  });

  it("orders collections after what they link to, the new one included", () => {
    const order = linkOrder(withPetitions).map((c) => c.noun);
    for (const c of withPetitions)
      for (const { to } of Object.values<{ to: string }>(c.relations)) {
        const linked = withPetitions.find((l) => l.entityType === to && l !== c)!;
        expect(order.indexOf(c.noun)).toBeGreaterThan(order.indexOf(linked.noun));
      }
    expect(order.at(-1)).toBe("petition");
    expect(order.indexOf("case")).toBeGreaterThan(order.indexOf("event"));
    expect(order.indexOf("event")).toBeGreaterThan(order.indexOf("actor"));
    expect(order.indexOf("event")).toBeGreaterThan(order.indexOf("source"));
  });

  it("refuses links in a cycle, which no publishing order satisfies", () => {
    const a = { entityType: "A", relations: { bs: { to: "B" } } };
    const b = { entityType: "B", relations: { as: { to: "A" } } };
    expect(() => linkOrder([a, b])).toThrow(/cycle: A, B/);
  });
});
