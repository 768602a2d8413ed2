import { makeActor, makeEvent, makePlace, makeSource, makeTopic } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { useSeededTestDatabase } from "../testing/database";
import { expectBadRequest } from "../testing/public-caller";

const ids: Record<string, string> = {};
const { db, caller } = useSeededTestDatabase(async (client) => {
  const protests = await makeTopic(client, { name: "Protests" });
  const hidden = await makeTopic(client, { status: "DRAFT", name: "Unpublished topic" });
  const zhanaozen = await makePlace(client, "Zhanaozen");
  const police = await makeActor(client, "Police");
  const source = await makeSource(client);
  ids.protests = protests.slug;
  ids.zhanaozen = zhanaozen.slug;
  ids.police = police.slug;

  await makeEvent(client, {
    title: "Zhanaozen oil worker strikes",
    startDate: "2011-12-16",
    topicIds: [protests.id, hidden.id],
    placeIds: [zhanaozen.id],
    actorIds: [police.id],
    sourceIds: [source.id],
  });
  await makeEvent(client, {
    title: "Land reform protests",
    startDate: "2016-04-01",
    endDate: "2016-05-01",
    datePrecision: "MONTH",
    topicIds: [protests.id],
  });
  await makeEvent(client, {
    title: "Law on religion",
    startDate: "1992-01-01",
    datePrecision: "YEAR",
  });
  await makeEvent(client, {
    title: "A draft nobody may see",
    startDate: "2020-01-01",
    status: "DRAFT",
  });
  await makeEvent(client, {
    title: "An event in review",
    startDate: "2021-01-01",
    status: "IN_REVIEW",
  });
  await makeEvent(client, { title: "A trashed event", startDate: "2022-01-01", deleted: true });
  await makeEvent(client, {
    title: "An archived strike",
    startDate: "2012-01-01",
    status: "ARCHIVED",
    topicIds: [protests.id],
  });
  ids.hidden = hidden.slug;
  const gone = await makePlace(client, { name: "Gone", deleted: true });
  ids.gone = gone.slug;
  await makeEvent(client, { title: "Where no one goes", startDate: "1993-01-01", status: "DRAFT" });
});

describe("event.list", () => {
  it("returns only published, live events, newest first", async () => {
    const result = await caller.event.list();
    expect(result.items.map((e) => e.title)).toEqual([
      "Land reform protests",
      "Zhanaozen oil worker strikes",
      "Law on religion",
    ]);
    expect(result.total).toBe(3);
    expect(result.nextCursor).toBeNull();
  });

  it("shapes each summary as the contract says", async () => {
    const { items } = await caller.event.list({ q: "Zhanaozen" });
    expect(items).toHaveLength(1);
    const [event] = items;
    expect(event).toMatchObject({
      title: "Zhanaozen oil worker strikes",
      startDate: "2011-12-16",
      endDate: null,
      datePrecision: "day",
      places: [{ slug: ids.zhanaozen, name: "Zhanaozen" }],
      sourceCount: 1,
    });
    // The unpublished topic is not revealed through the event.
    expect(event?.topics).toEqual([{ slug: ids.protests, name: "Protests" }]);
    expect(event?.url).toBe(`https://example.test/events/${event?.slug}`);
  });

  it("keeps month and year precision with first-of-period dates", async () => {
    const { items } = await caller.event.list({ order: "asc" });
    expect(items[0]).toMatchObject({ startDate: "1992-01-01", datePrecision: "year" });
    expect(items[2]).toMatchObject({
      startDate: "2016-04-01",
      endDate: "2016-05-01",
      datePrecision: "month",
    });
  });

  it("filters by topic, place, actor, year and date range", async () => {
    expect((await caller.event.list({ topic: ids.protests })).total).toBe(2);
    expect((await caller.event.list({ place: ids.zhanaozen })).items.map((e) => e.title)).toEqual([
      "Zhanaozen oil worker strikes",
    ]);
    expect((await caller.event.list({ actor: ids.police })).total).toBe(1);
    expect((await caller.event.list({ year: 2016 })).items.map((e) => e.title)).toEqual([
      "Land reform protests",
    ]);
    expect((await caller.event.list({ from: "2000-01-01", to: "2015-12-31" })).total).toBe(1);
  });

  it("pages with an opaque cursor without repeating or skipping", async () => {
    const first = await caller.event.list({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.total).toBe(3);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await caller.event.list({ limit: 2, cursor: first.nextCursor });
    expect(second.items.map((e) => e.title)).toEqual(["Law on religion"]);
    expect(second.nextCursor).toBeNull();
  });

  it("lists by last publication or correction with sort: updated, and pages that way", async () => {
    const lastPublished = async (title: string, at: string) =>
      db().event.updateMany({ where: { title }, data: { updatedAt: new Date(at) } });
    await lastPublished("Law on religion", "2026-01-01T00:00:00Z");
    await lastPublished("Land reform protests", "2026-02-01T00:00:00Z");
    // The oldest event, corrected last: first in the feed's order, last by date.
    await lastPublished("Zhanaozen oil worker strikes", "2026-03-01T00:00:00Z");
    const first = await caller.event.list({ sort: "updated", limit: 2 });
    expect(first.items.map((e) => e.title)).toEqual([
      "Zhanaozen oil worker strikes",
      "Land reform protests",
    ]);
    const rest = await caller.event.list({ sort: "updated", limit: 2, cursor: first.nextCursor });
    expect(rest.items.map((e) => e.title)).toEqual(["Law on religion"]);
    expect(rest.nextCursor).toBeNull();
    const oldest = await caller.event.list({ sort: "updated", order: "asc", limit: 1 });
    expect(oldest.items.map((e) => e.title)).toEqual(["Law on religion"]);
  });

  it("hides events behind an unpublished topic filter and a deleted place", async () => {
    expect((await caller.event.list({ topic: ids.hidden })).total).toBe(0);
    expect((await caller.event.list({ place: ids.gone })).total).toBe(0);
  });

  it.each([
    [{ limit: 0 }, "limit"],
    [{ q: "" }, "q"],
    [{ q: "   " }, "q"],
    [{ q: "\u0000" }, "q"],
    [{ q: "x".repeat(201) }, "q"],
    [{ order: "sideways" }, "order"],
    [{ year: 1492 }, "year"],
    [{ cursor: "not-a-cursor!" }, "cursor"],
    [{ limit: 101 }, "limit"],
    [{ from: "16/12/2011" }, "from"],
    [{ from: "2020-01-01", to: "2019-01-01" }, "from"],
    [{ topic: "Not A Slug!" }, "topic"],
  ])("refuses bad input %j with BAD_REQUEST naming the field", async (input, field) => {
    await expectBadRequest(caller.event.list(input as never), field);
  });
});

describe("event.list full-text q", () => {
  const titles = async (q: string, extra: object = {}) =>
    (await caller.event.list({ q, ...extra })).items.map((e) => e.title);

  it("matches by stem both ways, as search.query does", async () => {
    expect(await titles("strike")).toEqual(["Zhanaozen oil worker strikes"]);
    expect(await titles("protesting")).toEqual(["Land reform protests"]);
    expect(await titles("laws")).toEqual(["Law on religion"]);
  });

  it("matches names by prefix", async () => {
    expect(await titles("Zhanao")).toEqual(["Zhanaozen oil worker strikes"]);
    expect(await titles("zhanaozen wor")).toEqual(["Zhanaozen oil worker strikes"]);
  });

  it("never finds drafts, archived or trashed events, and combines with filters", async () => {
    expect(await titles("draft nobody")).toEqual([]);
    expect(await titles("archived")).toEqual([]);
    expect(await titles("trashed")).toEqual([]);
    expect(await titles("strike", { topic: ids.protests })).toEqual([
      "Zhanaozen oil worker strikes",
    ]);
    expect(await titles("strike", { year: 2016 })).toEqual([]);
    const none = await caller.event.list({ q: "nothing-like-this-anywhere" });
    expect(none).toEqual({ items: [], nextCursor: null, total: 0 });
  });

  it.each([
    `"unterminated`,
    "&|!():*",
    '\'; DROP TABLE "Event"; --',
    "zhanaozen:* | !oil & (",
    "<-> <2> !!",
    "\u0000\u0001 strike",
    "\\",
  ])("never errors on hostile q %j", async (q) => {
    const result = await caller.event.list({ q });
    expect(result.total).toBe(result.items.length);
  });
});
