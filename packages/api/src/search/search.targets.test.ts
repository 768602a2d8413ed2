import { describe, expect, it } from "vitest";

import { COLLECTIONS, defineCollection } from "../collections";
import { searchHits } from "./search.schema";
import { TARGETS, targetsOf } from "./search.sql";

const searchable = COLLECTIONS.filter((c) => "search" in c);

describe("search targets", () => {
  it("has a target, a place in the results and a public page for every searchable collection", () => {
    expect(searchable.map((c) => c.noun).sort()).toEqual(Object.keys(TARGETS).sort());
    expect(searchable.map((c) => `${c.noun}s`).sort()).toEqual(
      Object.keys(searchHits.shape).sort(),
    );
    for (const c of searchable) expect(c.recordPages).toBe(true);
  });

  it("leaves out collections that do not declare search", () => {
    for (const c of COLLECTIONS.filter((c) => !("search" in c)))
      expect(TARGETS).not.toHaveProperty(c.noun);
  });

  it("builds a newly registered collection's search from its declaration alone", () => {
    const petitions = defineCollection({
      ...COLLECTIONS[0],
      noun: "petition",
      table: "Petition",
      search: {
        title: "heading",
        snippet: ["summary", "demands"],
        order: [{ column: "filedOn", descending: true }],
      },
    });
    const target = targetsOf([petitions]).petition!;
    expect(target.table.sql).toBe(`"Petition"`);
    expect(target.fuzzyName.sql).toBe(`search_fold(t."heading")`);
    expect(target.snippet.sql).toBe(`t."summary" || E'\\n' || t."demands"`);
    expect(target.tiebreak.sql).toBe(`t."filedOn" DESC, t.id`);
    expect(target.titleVector.sql).toContain(`to_tsvector('english', t."heading")`);
  });

  it("matches, titles and orders a protected person by pseudonym only", () => {
    const actor = TARGETS.actor;
    expect(actor.matches(actor.vector).sql).toContain(
      `t."isProtected" AND to_tsvector('simple', COALESCE(t.pseudonym, ''))`,
    );
    expect(actor.tiebreak.sql).toContain("pseudonym");
    expect(actor.fuzzyVisible.sql).toContain(`NOT t."isProtected"`);
    expect(TARGETS.event.fuzzyVisible.sql).not.toContain("isProtected");
  });
});
