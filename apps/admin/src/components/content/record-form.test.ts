import { cases, type FieldInput } from "@kz/api/collections";
import { describe, expect, it } from "vitest";

import { fieldFormatters, formValuesOf, type FormRecord } from "./record-form";

const citation = { sourceId: "s1", locator: null, quote: null };

/** The registry's example case as stored: optional texts and dates are null there. */
const [entry] = (cases.example as { entries: readonly Record<string, unknown>[] }).entries;
const storedCase = {
  ...cases.example,
  entries: [
    { ...entry, term: null, citations: [citation] },
    {
      ...entry,
      date: "2022-05-01",
      datePrecision: "month",
      status: "sentenced",
      term: "7 years",
      citations: [],
    },
  ],
  findings: [
    {
      body: "UN WGAD",
      finding: "Arbitrary",
      date: null,
      datePrecision: "year",
      citations: [citation],
    },
  ],
  eventIds: [],
  topicIds: [],
};

const record = (form: Record<string, unknown>) =>
  ({ id: "c1", version: 1, status: "DRAFT", deletedAt: null, form }) as unknown as FormRecord;

describe("formValuesOf", () => {
  it("gives a stored case's nulls to the inputs as empty, and the schema takes them back", () => {
    const values = formValuesOf("case", record(storedCase));
    const entries = values.entries as Record<string, unknown>[];
    expect(entries[0]).toMatchObject({
      term: "",
      citations: [{ sourceId: "s1", locator: "", quote: "" }],
    });
    expect(entries[1]).toMatchObject({ term: "7 years", citations: [] });
    expect(values.findings).toEqual([
      {
        body: "UN WGAD",
        finding: "Arbitrary",
        date: "",
        datePrecision: "year",
        citations: [{ sourceId: "s1", locator: "", quote: "", attributedTo: "" }],
      },
    ]);
    // The stored record itself is left as it was.
    expect(storedCase.entries[0]!.term).toBeNull();
    expect(cases.admin.form.schema.safeParse({ ...values, changeNote: "" }).success).toBe(true);
  });

  it("keeps an actor's optional text as it was", () => {
    const values = formValuesOf(
      "actor",
      record({ name: "A", slug: "", kind: "person", otherNames: [], description: "" }),
    );
    expect(values).toMatchObject({ name: "A", otherNames: [] });
  });
});

describe("fieldFormatters", () => {
  const fields: FieldInput[] = [
    { name: "actorIds", type: "links", to: "ACTOR" },
    {
      name: "entries",
      type: "entries",
      item: "Entry",
      empty: {},
      labels: {},
      fields: [
        { name: "date", type: "date", precision: "datePrecision" },
        { name: "datePrecision", type: "select", options: { day: "Day" } },
        { name: "status", type: "select", options: { arrested: "Arrested" } },
        { name: "term", type: "text", optional: true },
        { name: "citations", type: "citations" },
      ],
    },
  ];
  const format = fieldFormatters(fields, { ACTOR: [{ id: "a1", name: "Aigerim" }] });

  it("names linked records, and reads a list's items one per line", () => {
    expect(format.actorIds!(["a1", "a2"])).toBe("Aigerim, a2");
    expect(format.actorIds!([])).toBe("—");
    expect(
      format.entries!([
        {
          date: "2022-01-06",
          datePrecision: "day",
          status: "arrested",
          term: "",
          citations: [citation],
        },
        { date: "", datePrecision: "day", status: "other", term: null, citations: [] },
      ]),
    ).toBe("1. 2022-01-06 · Arrested · 1 source\n2. other");
    expect(format.entries!([])).toBe("—");
  });
});
