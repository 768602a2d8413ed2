// The in-memory facet index counts exactly as the SQL reference does, on the document seed plus
// synthetic events, and follows the changes feed when an event is unpublished and published again.
import { recordChangeLog, type Db } from "@kz/db";
import { seedDocument } from "@kz/db/seed";
import { seedSynthetic } from "@kz/db/synthetic";
import { describe, expect, it } from "vitest";

import { useSeededTestDatabase } from "../testing/database";
import { currentFacetIndex } from "./event.facet-index";
import { eventFacets, eventFacetsFromSql } from "./event.facets";
import { eventFacetInput } from "./event.facets.schema";

const { db } = useSeededTestDatabase(async (client) => {
  await seedDocument(client);
  await seedSynthetic(client, { events: 400 });
}, "kz_facet_index");

async function expectSameCounts(input: object) {
  const parsed = eventFacetInput.parse(input);
  const [fromIndex, fromSql] = await Promise.all([
    eventFacets(db(), parsed),
    eventFacetsFromSql(db(), parsed),
  ]);
  expect(fromIndex, JSON.stringify(input)).toEqual(fromSql);
  return fromIndex;
}

/** Filters built from what the seed holds: the most and least common values of each facet. */
async function filters() {
  const all = await eventFacetsFromSql(db(), eventFacetInput.parse({}));
  const [t0, t1, tLast] = [all.topics[0]!, all.topics[1]!, all.topics.at(-1)!].map((v) => v.slug);
  const [p0, p1] = [all.places[0]!.slug, all.places.at(-1)!.slug];
  const a0 = all.actors[0]!.slug;
  const years = all.years.map((y) => y.year);
  const [y0, yMid] = [years[0]!, years[Math.floor(years.length / 2)]!];
  return [
    {},
    { topics: [t0] },
    { topics: [t0, t1, tLast] },
    { topics: [t0], places: [p0] },
    { topics: [t0, t1], years: [yMid, yMid + 1] },
    { places: [p0, p1], years: [y0] },
    { actors: [a0] },
    { actors: [a0], topics: [t1] },
    { topics: [t0, "no-such-topic"], from: `${yMid - 3}-03-15`, to: `${yMid}-06-30` },
    { from: `${yMid}-01-01` },
    { to: `${yMid}-12-31`, places: [p0] },
    { topics: ["no-such-topic"] },
    { actors: ["no-such-actor"], years: [yMid] },
    { q: "protest" },
    { q: "Zhanaozen", topics: [t0, t1], years: [yMid] },
    { q: "nothingmatchesthis" },
    { topics: [t0], places: [p0, p1], actors: [a0], years: [y0, yMid], from: `${y0}-02-01` },
  ];
}

async function setEventStatus(client: Db, id: string, status: "PUBLISHED" | "DRAFT") {
  await client.$transaction(async (tx) => {
    await tx.event.update({ where: { id }, data: { status } });
    await recordChangeLog(tx, "EVENT", [id]);
  });
}

describe("the facet index", () => {
  it("gives the SQL's counts for every combination of filters", async () => {
    for (const input of await filters()) await expectSameCounts(input);
    expect((await expectSameCounts({ q: "protest" })).total).toBeGreaterThan(0);
    const all = await expectSameCounts({});
    expect(all.total).toBeGreaterThan(400);
    expect(all.topics.length).toBeGreaterThan(1);
  });

  it("is built once while the changes feed stands still", async () => {
    const first = await currentFacetIndex(db());
    expect(await currentFacetIndex(db())).toBe(first);
  });

  it("follows the changes feed when an event is unpublished and published again", async () => {
    const event = await db().event.findFirstOrThrow({
      where: { status: "PUBLISHED", deletedAt: null, topics: { some: {} } },
      select: { id: true, startDate: true, topics: { select: { topic: true } } },
    });
    const topic = event.topics[0]!.topic.slug;
    const year = event.startDate.getUTCFullYear();
    const input = { topics: [topic], years: [year] };
    const built = await currentFacetIndex(db());
    const before = await expectSameCounts(input);

    await setEventStatus(db(), event.id, "DRAFT");
    const hidden = await expectSameCounts(input);
    expect(hidden.total).toBe(before.total - 1);

    await setEventStatus(db(), event.id, "PUBLISHED");
    expect(await expectSameCounts(input)).toEqual(before);
    // Patched, not built again: the same base, the event replaced in it.
    const index = await currentFacetIndex(db());
    expect(index.base).toBe(built.base);
    expect(index.changed.has(event.id)).toBe(true);
  });

  it("counts a published event's new topics and date once the feed announces the update", async () => {
    const event = await db().event.findFirstOrThrow({
      where: { status: "PUBLISHED", deletedAt: null, topics: { some: {} } },
      orderBy: { id: "desc" },
      select: { id: true, topics: { select: { topicId: true } } },
    });
    const other = await db().topic.findFirstOrThrow({
      where: { status: "PUBLISHED", id: { notIn: event.topics.map((t) => t.topicId) } },
    });
    await db().$transaction(async (tx) => {
      await tx.eventTopic.deleteMany({ where: { eventId: event.id } });
      await tx.eventTopic.create({ data: { eventId: event.id, topicId: other.id } });
      await tx.event.update({
        where: { id: event.id },
        data: { startDate: new Date("1999-07-01") },
      });
      await recordChangeLog(tx, "EVENT", [event.id], [event.id]);
    });
    const moved = await expectSameCounts({ topics: [other.slug], years: [1999] });
    expect(moved.total).toBeGreaterThan(0);
    for (const input of await filters()) await expectSameCounts(input);
  });

  it("starts again when the feed goes back (a restored backup), instead of serving counts of a lost history", async () => {
    const event = await db().event.findFirstOrThrow({
      where: { status: "PUBLISHED", deletedAt: null },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    await setEventStatus(db(), event.id, "DRAFT");
    const index = await currentFacetIndex(db());
    // As a restore does: the record and the feed both as they were before that change.
    await db().$transaction(async (tx) => {
      await tx.event.update({ where: { id: event.id }, data: { status: "PUBLISHED" } });
      await tx.$executeRaw`DELETE FROM "ChangeLog" WHERE seq = (SELECT max(seq) FROM "ChangeLog")`;
    });
    const rebuilt = await currentFacetIndex(db());
    expect(rebuilt).not.toBe(index);
    expect(rebuilt.seq).toBeLessThan(index.seq);
    for (const input of await filters()) await expectSameCounts(input);
  });
});
