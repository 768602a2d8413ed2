import { describe, expect, it } from "vitest";

import {
  SYNTHETIC_NOTICE,
  SYNTHETIC_SLUG_PREFIX,
  SYNTHETIC_TITLE_MARKER,
  syntheticEvent,
  syntheticSource,
  type Catalog,
} from "./generate";

const catalog: Catalog = {
  topics: [
    { id: "t-protests", slug: "protests", name: "Protests" },
    { id: "t-other", slug: "other", name: "Other" },
  ],
  places: [
    { id: "p-almaty", name: "Almaty" },
    { id: "p-zhanaozen", name: "Zhanaozen" },
    { id: "p-brussels", name: "Brussels" },
  ],
  actors: [
    { id: "a-police", kind: "GOVERNMENT_BODY" },
    { id: "a-hrw", kind: "ORGANIZATION" },
    { id: "a-person", kind: "PERSON" },
  ],
  sourceIds: ["s-1", "s-2", "s-3", "s-4"],
};

const events = Array.from({ length: 300 }, (_, i) => syntheticEvent(i + 1, catalog));

describe("syntheticEvent", () => {
  it("is the same event for the same number", () => {
    expect(syntheticEvent(42, catalog)).toEqual(events[41]);
  });

  it("gives every event its own id and a valid, unique, marked slug", () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(new Set(events.map((e) => e.slug)).size).toBe(events.length);
    for (const { slug } of events) {
      expect(slug.startsWith(SYNTHETIC_SLUG_PREFIX)).toBe(true);
      expect(slug).toMatch(/^[a-z0-9-]{1,120}$/);
    }
  });

  it("marks the title and body, and fills every placeholder", () => {
    for (const e of events) {
      expect(e.title.startsWith(SYNTHETIC_TITLE_MARKER)).toBe(true);
      expect(e.body.startsWith(SYNTHETIC_NOTICE)).toBe(true);
      expect(`${e.title} ${e.summary} ${e.body}`).not.toMatch(/[{}]/);
    }
  });

  it("dates events from 1991 to 2026, with an end only after the start", () => {
    for (const e of events) {
      expect(e.startDate >= "1991-01-01" && e.startDate <= "2026-12-31").toBe(true);
      if (e.endDate) expect(e.endDate > e.startDate).toBe(true);
      if (e.datePrecision === "YEAR") expect(e.startDate.endsWith("-01-01")).toBe(true);
      if (e.datePrecision === "MONTH") expect(e.startDate.endsWith("-01")).toBe(true);
    }
  });

  it("links only records of the catalog, with at least one topic, place and citation", () => {
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
    for (const e of events) {
      expect(e.topicIds.length).toBeGreaterThan(0);
      expect(new Set(e.topicIds).size).toBe(e.topicIds.length);
      expect(e.placeIds.length).toBeGreaterThan(0);
      expect(e.citations.length).toBeGreaterThan(0);
      expect(ids(catalog.topics)).toEqual(expect.arrayContaining(e.topicIds));
      expect(ids(catalog.places)).toEqual(expect.arrayContaining(e.placeIds));
      expect(ids(catalog.actors)).toEqual(expect.arrayContaining(e.actors.map((a) => a.actorId)));
      expect(catalog.sourceIds).toEqual(expect.arrayContaining(e.citations.map((c) => c.sourceId)));
    }
  });

  it("happens in big cities far more often than in a small town", () => {
    const count = (id: string) => events.filter((e) => e.placeIds.includes(id)).length;
    expect(count("p-almaty")).toBeGreaterThan(3 * count("p-zhanaozen"));
    expect(count("p-zhanaozen")).toBeGreaterThan(count("p-brussels"));
  });

  it("names the first linked place in the text", () => {
    const names = new Map(catalog.places.map((p) => [p.id, p.name]));
    const mentioning = events.filter((e) =>
      `${e.title} ${e.summary}`.includes(names.get(e.placeIds[0]!)!),
    );
    expect(mentioning.length).toBeGreaterThan(events.length / 2);
  });
});

describe("syntheticSource", () => {
  it("is marked, and links nowhere real", () => {
    for (let n = 1; n <= 50; n += 1) {
      const source = syntheticSource(n);
      expect(source.slug.startsWith(SYNTHETIC_SLUG_PREFIX)).toBe(true);
      expect(source.slug).toMatch(/^[a-z0-9-]{1,120}$/);
      expect(source.title.startsWith(SYNTHETIC_TITLE_MARKER)).toBe(true);
      expect(new URL(source.url).hostname.endsWith(".invalid")).toBe(true);
      expect(source.notes).toBe(SYNTHETIC_NOTICE);
    }
  });
});
