import { inflateRawSync } from "node:zlib";

import type { EventDetail, EventSummary } from "@kz/api/schemas";
import { describe, expect, it } from "vitest";

import { toCsv } from "../lib/data-export";
import { CODEBOOK, dataPackage } from "./datapackage";
import {
  edtfOf,
  eventActorColumns,
  eventActorRows,
  eventCitationColumns,
  eventCitationRows,
  eventJsonItem,
  eventTopicRows,
} from "./tidy-tables";
import { zip } from "./zip";

const summary: EventSummary = {
  id: "ev1",
  slug: "zhanaozen",
  title: "Zhanaozen",
  summary: "…",
  startDate: "2011-12-16",
  endDate: "2011-12-17",
  datePrecision: "day",
  topics: [
    { slug: "protests", name: "Protests" },
    { slug: "police", name: "Police" },
  ],
  places: [{ slug: "zhanaozen", name: "Zhanaozen" }],
  sourceCount: 1,
  updatedAt: "2026-12-01T00:00:00.000Z",
  url: "https://example.org/events/zhanaozen",
} as EventSummary;

const detail = {
  ...summary,
  body: "text",
  related: [],
  publishedAt: null,
  actors: [{ slug: "a", name: "A", kind: "person", nameWithheld: true, role: "detained" }],
  citations: [
    {
      source: { slug: "hrw", title: "Report", publisher: "HRW", url: null },
      locator: "p. 3",
      quote: null,
      attributedTo: null,
      attributedActor: null,
    },
  ],
} as unknown as EventDetail;

describe("EDTF dates", () => {
  it("say a date at its precision, and an interval as start/end", () => {
    expect(edtfOf({ startDate: "2011-12-16", endDate: null, datePrecision: "day" })).toBe(
      "2011-12-16",
    );
    expect(edtfOf({ startDate: "2005-12-01", endDate: null, datePrecision: "month" })).toBe(
      "2005-12",
    );
    expect(edtfOf({ startDate: "1992-01-01", endDate: null, datePrecision: "year" })).toBe("1992");
    expect(edtfOf(summary)).toBe("2011-12-16/2011-12-17");
  });
});

describe("the long tables", () => {
  it("have a row per event and actor, citation (in footnote order) and topic", () => {
    expect(toCsv(eventActorRows([detail]), eventActorColumns)).toBe(
      "\ufeffevent_id,event_slug,actor_slug,actor_name,actor_kind,name_withheld,role\r\n" +
        "ev1,zhanaozen,a,A,person,true,detained\r\n",
    );
    expect(toCsv(eventCitationRows([detail]), eventCitationColumns)).toContain(
      "ev1,zhanaozen,1,hrw,Report,HRW,,p. 3,,\r\n",
    );
    expect(eventTopicRows([summary]).map((r) => r.topic.slug)).toEqual(["protests", "police"]);
  });

  it("put actors, citations and the EDTF date in events.json, not the body", () => {
    const item = eventJsonItem(detail);
    expect(item).toMatchObject({ actors: detail.actors, citations: detail.citations });
    expect(item.dateEdtf).toBe("2011-12-16/2011-12-17");
    expect(item).not.toHaveProperty("body");
    expect(item).not.toHaveProperty("related");
  });
});

describe("the codebook", () => {
  it.each(Object.entries(CODEBOOK))("describes every column of %s, and no other", (_, table) => {
    const headers = table.columns.map((c) => c.header);
    expect(Object.keys(table.fields).sort()).toEqual([...headers].sort());
    for (const [type, description] of Object.values(table.fields)) {
      expect(["string", "integer", "number", "date", "boolean"]).toContain(type);
      expect(description.length).toBeGreaterThan(5);
    }
  });
});

describe("datapackage.json", () => {
  const descriptor = dataPackage("https://example.org/");

  it("is a tabular data package with a licence, every resource valid by the spec's rules", () => {
    expect(descriptor.profile).toBe("tabular-data-package");
    expect(descriptor.name).toMatch(/^[a-z0-9._-]+$/);
    expect(descriptor.licenses[0]).toMatchObject({ name: "CC-BY-4.0" });
    const names = descriptor.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const resource of descriptor.resources) {
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/);
      expect(resource.path).toMatch(/^[a-z0-9_-]+\.csv$/);
      const fields = resource.schema.fields.map((f) => f.name);
      for (const key of resource.schema.primaryKey ?? []) expect(fields).toContain(key);
      for (const fk of resource.schema.foreignKeys ?? []) {
        for (const field of fk.fields) expect(fields).toContain(field);
        const target = descriptor.resources.find((r) => r.name === fk.reference.resource);
        expect(target, fk.reference.resource).toBeDefined();
        for (const field of fk.reference.fields) {
          expect(target!.schema.fields.map((f) => f.name)).toContain(field);
        }
      }
    }
    expect(names).toEqual(
      expect.arrayContaining(["event-actors", "event-citations", "event-topics", "event-places"]),
    );
  });
});

describe("zip", () => {
  it("holds each file, deflated, readable back", () => {
    const bytes = Buffer.from(
      zip(
        [
          { name: "a.csv", content: "x,y\r\n1,2\r\n" },
          { name: "b.json", content: "{}" },
        ],
        new Date("2026-12-07T10:00:00Z"),
      ),
    );
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    const end = bytes.subarray(bytes.length - 22);
    expect(end.readUInt32LE(0)).toBe(0x06054b50);
    expect(end.readUInt16LE(10)).toBe(2);
    const packed = bytes.readUInt32LE(18);
    const nameLength = bytes.readUInt16LE(26);
    const data = bytes.subarray(30 + nameLength, 30 + nameLength + packed);
    expect(inflateRawSync(data).toString()).toBe("x,y\r\n1,2\r\n");
  });
});
