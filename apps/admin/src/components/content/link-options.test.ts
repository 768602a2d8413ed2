import { actors, cases, events, topics, type FormSectionSpec } from "@kz/api/collections";
import { describe, expect, it } from "vitest";

import {
  collectionOf,
  linkedIds,
  linkFieldsOf,
  optionOf,
  optionSort,
  refNamesOf,
  withLinked,
} from "./link-options";

const STATUS = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
} as const;

describe("link options", () => {
  it("finds each linked collection in the registry, and refuses a type none registers", () => {
    expect(collectionOf("ACTOR")).toBe(actors);
    expect(collectionOf("EVENT")).toBe(events);
    expect(() => collectionOf("USER" as never)).toThrow(/No collection/);
  });

  it("lists a collection in its own order, or by title when that is by update time", () => {
    expect(optionSort(topics)).toEqual({ sort: "position", order: "asc" });
    expect(optionSort(actors)).toEqual({ sort: "title", order: "asc" });
    expect(optionSort(cases)).toEqual({ sort: "title", order: "asc" });
    expect(optionSort(events)).toEqual({ sort: "title", order: "asc" });
  });

  it("names a record by its title field, notes the protected and the unpublished", () => {
    expect(
      optionOf(actors, { id: "a1", status: "PUBLISHED", name: "Aigerim", title: "x" }, STATUS),
    ).toEqual({ id: "a1", name: "Aigerim", note: undefined });
    expect(
      optionOf(actors, { id: "a2", status: "DRAFT", name: "Witness A", isProtected: true }, STATUS),
    ).toEqual({ id: "a2", name: "Witness A", note: "Protected · Draft" });
    expect(optionOf(events, { id: "e1", status: "IN_REVIEW", title: "Protest" }, STATUS)).toEqual({
      id: "e1",
      name: "Protest",
      note: "In review",
    });
    expect(optionOf(topics, { id: "t1", status: "PUBLISHED", name: "" }, STATUS).name).toBe("t1");
  });

  it("finds the links fields of a form and the ids a record links to, in items too", () => {
    const sections: readonly FormSectionSpec[] = cases.admin.form.sections;
    const fields = sections.flatMap((s) => s.fields);
    expect(linkFieldsOf(fields).map((f) => [f.name, f.to])).toEqual([
      ["actorIds", "ACTOR"],
      ["eventIds", "EVENT"],
      ["topicIds", "TOPIC"],
    ]);
    const nested = [
      {
        name: "items",
        type: "entries",
        item: "Item",
        empty: {},
        labels: {},
        fields: [{ name: "who", type: "links", to: "ACTOR" }],
      },
      { name: "actorIds", type: "links", to: "ACTOR" },
    ] as const;
    expect(
      linkedIds(nested, { actorIds: ["a1", "a2"], items: [{ who: ["a2", "a3"] }, null] }, "ACTOR"),
    ).toEqual(["a2", "a3", "a1"]);
    expect(linkedIds(nested, { actorIds: ["a1"] }, "TOPIC")).toEqual([]);
  });

  it("keeps linked records missing from the choices (in the trash), by the record's names", () => {
    const record = {
      form: { title: "x" },
      actors: [{ id: "a9", slug: "a", name: "Trashed person", status: "DRAFT" }],
      citations: [{ sourceId: "s1" }],
      version: 3,
    };
    const names = refNamesOf(record);
    expect([...names]).toEqual([["a9", "Trashed person"]]);
    expect(withLinked([{ id: "a1", name: "Aigerim" }], ["a1", "a9", "zz"], names)).toEqual([
      { id: "a1", name: "Aigerim" },
      { id: "a9", name: "Trashed person", note: "In trash" },
      { id: "zz", name: "zz", note: "In trash" },
    ]);
    expect(refNamesOf(null).size).toBe(0);
  });
});
