// Facet counts and the several-valued list filters: the list, its total and the counts must agree.
// Called as plain functions, inputs parsed by the procedures' schemas.
import {
  createTestDatabase,
  makeActor,
  makeEvent,
  makePlace,
  makeTopic,
  type TestDatabase,
} from "@kz/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { eventFacets, eventTimeline } from "./event.facets";
import { eventFacetInput } from "./event.facets.schema";
import { eventListInput } from "./event.schema";
import { listEvents } from "./event.service";

let database: TestDatabase;
afterAll(() => database?.drop());

const caller = {
  event: {
    facets: (input: object) => eventFacets(database.db, eventFacetInput.parse(input)),
    timeline: (input: object) => eventTimeline(database.db, eventFacetInput.parse(input)),
    list: (input: object) =>
      listEvents(database.db, eventListInput.parse(input), { siteUrl: "https://example.org" }),
  },
};

const s: Record<string, string> = {};
beforeAll(async () => {
  database = await createTestDatabase();
  const client = database.db;
  const [protests, courts, media] = await Promise.all([
    makeTopic(client, { name: "Protests" }),
    makeTopic(client, { name: "Courts" }),
    makeTopic(client, { name: "Media" }),
  ]);
  const hiddenTopic = await makeTopic(client, { name: "Hidden", status: "DRAFT" });
  const almaty = await makePlace(client, { name: "Almaty" });
  const astana = await makePlace(client, { name: "Astana" });
  const actor = await makeActor(client);
  Object.assign(s, {
    protests: protests.slug,
    courts: courts.slug,
    media: media.slug,
    hidden: hiddenTopic.slug,
    almaty: almaty.slug,
    astana: astana.slug,
    actor: actor.slug,
  });
  const ev = (startDate: string, topicIds: string[], placeIds: string[], extra = {}) =>
    makeEvent(client, { startDate, topicIds, placeIds, ...extra });
  await ev("2018-06-01", [protests.id], [almaty.id]);
  await ev("2019-03-01", [protests.id, courts.id], [almaty.id], { actorIds: [actor.id] });
  await ev("2019-09-01", [courts.id], [astana.id]);
  await ev("2020-02-01", [media.id], [astana.id]);
  await ev("2019-05-05", [courts.id, hiddenTopic.id], [astana.id]);
  // Not public: counted nowhere.
  await ev("2019-04-04", [protests.id], [almaty.id], { status: "DRAFT" });
  await ev("2019-04-04", [courts.id], [astana.id], { deleted: true });
});

const countOf = (values: Array<{ slug: string; count: number }>, slug: string) =>
  values.find((v) => v.slug === slug)?.count;

describe("event.facets", () => {
  it("counts published events per value, each facet without its own filter", async () => {
    const filter = { topics: [s.protests!, s.courts!], from: "2019-01-01", to: "2019-12-31" };
    const facets = await caller.event.facets(filter);
    const list = await caller.event.list({ ...filter, limit: 100 });
    expect(facets.total).toBe(3);
    expect(list.total).toBe(3);
    expect(list.items).toHaveLength(3);
    // Topics counted without the topic filter: every 2019 event.
    expect(countOf(facets.topics, s.protests!)).toBe(1);
    expect(countOf(facets.topics, s.courts!)).toBe(3);
    expect(countOf(facets.topics, s.media!)).toBeUndefined();
    expect(countOf(facets.topics, s.hidden!)).toBeUndefined();
    expect(countOf(facets.places, s.almaty!)).toBe(1);
    expect(countOf(facets.places, s.astana!)).toBe(2);
    expect(facets.years).toEqual([{ year: 2019, count: 3 }]);
    expect(facets.actors.map((a) => a.slug)).toEqual([s.actor]);
  });

  it("counts only public events and topics when nothing is filtered", async () => {
    const facets = await caller.event.facets({});
    expect(facets.total).toBe(5);
    expect(countOf(facets.topics, s.protests!)).toBe(2);
    expect(countOf(facets.topics, s.courts!)).toBe(3);
    expect(countOf(facets.topics, s.hidden!)).toBeUndefined();
    expect(facets.topics.map((t) => t.count)).toEqual([3, 2, 1]);
    expect(countOf(facets.places, s.astana!)).toBe(3);
  });

  it("narrows the list and the counts the same way when facets combine", async () => {
    const filter = { topics: [s.courts!], places: [s.astana!], years: [2019, 2020] };
    const [facets, list] = await Promise.all([
      caller.event.facets(filter),
      caller.event.list({ ...filter, limit: 100 }),
    ]);
    expect(list.total).toBe(2);
    expect(facets.total).toBe(2);
    expect(facets.years).toEqual([{ year: 2019, count: 2 }]);
    // Years counted without the year filter: only 2019 has Astana court events.
    expect(countOf(facets.places, s.almaty!)).toBe(1);
  });

  it("counts a searched list as the list shows it, each facet without its own filter", async () => {
    const filter = { q: "event", topics: [s.courts!], years: [2019] };
    const [facets, list, unfiltered] = await Promise.all([
      caller.event.facets(filter),
      caller.event.list({ ...filter, limit: 100 }),
      caller.event.facets({}),
    ]);
    // Every published event's title is "Event …": the search keeps all, the filters narrow them.
    expect(facets.total).toBe(list.total);
    expect(facets.total).toBe(3);
    expect(facets.years).toEqual([{ year: 2019, count: 3 }]);
    expect(countOf(facets.topics, s.protests!)).toBe(1);
    expect(countOf(facets.places, s.astana!)).toBe(2);
    expect((await caller.event.facets({ q: "nothingmatchesthis" })).total).toBe(0);
    expect(unfiltered.actors.map((a) => [a.slug, a.count])).toEqual([[s.actor, 1]]);
  });

  it("finds nothing for an unknown actor and refuses a reversed range", async () => {
    expect((await caller.event.facets({ actors: ["no-such-actor"] })).total).toBe(0);
    expect((await caller.event.list({ actors: ["no-such-actor"] })).total).toBe(0);
    const reversed = eventFacetInput.safeParse({ from: "2020-01-01", to: "2019-01-01" });
    expect(reversed.error?.issues[0]?.message).toMatch(/from/);
  });

  it("stacks each year's events under their first topic, summing to the year", async () => {
    const timeline = await caller.event.timeline({});
    expect(timeline.years.map((y) => [y.year, y.count])).toEqual([
      [2018, 1],
      [2019, 3],
      [2020, 1],
    ]);
    const y2019 = timeline.years.find((y) => y.year === 2019)!;
    expect(y2019.topics.reduce((sum, t) => sum + t.count, 0)).toBe(3);
    expect(timeline.topics.map((t) => t.slug)).not.toContain(s.hidden);
  });
});
