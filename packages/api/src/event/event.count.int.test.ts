// The list's total and keyset pages, as rewritten for 100 000 events, against what the public may see.
import { makeActor, makeEvent, makePlace, makeTopic } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { useSeededTestDatabase } from "../testing/database";
import { walkPages } from "../testing/public-caller";
import { countLinkedEvents } from "./event.count";
import { eventListInput } from "./event.schema";

const slugs: Record<string, string> = {};
const { db, caller } = useSeededTestDatabase(async (client) => {
  const topic = await makeTopic(client);
  const place = await makePlace(client);
  const actor = await makeActor(client);
  Object.assign(slugs, { topic: topic.slug, place: place.slug, actor: actor.slug });
  const linked = { topicIds: [topic.id], placeIds: [place.id] };
  // Several on one day, so pages split ties on id.
  for (const startDate of ["2020-05-01", "2020-05-01", "2020-05-01", "2019-01-01", "2021-03-04"]) {
    await makeEvent(client, { ...linked, startDate });
  }
  // One actor in two roles on one event: one event, two links.
  await makeEvent(client, {
    ...linked,
    startDate: "2020-05-01",
    actorRoles: [
      { actorId: actor.id, role: "detained" },
      { actorId: actor.id, role: "statement" },
    ],
  });
  for (const hidden of [
    { status: "DRAFT" },
    { status: "IN_REVIEW" },
    { status: "ARCHIVED" },
    { deleted: true },
  ] as const) {
    await makeEvent(client, {
      ...linked,
      ...hidden,
      actorIds: [actor.id],
      startDate: "2020-05-01",
    });
  }
});

describe("event.list total for one topic, place or actor", () => {
  it.each(["topic", "place", "actor"] as const)(
    "counts only the public events of a %s, each once",
    async (kind) => {
      const filter = { [kind]: slugs[kind] };
      const walked = await walkPages((cursor) =>
        caller.event.list({ ...filter, limit: 1, cursor }),
      );
      expect(walked.totals.every((total) => total === walked.items.length)).toBe(true);
      expect(walked.items).toHaveLength(kind === "actor" ? 1 : 6);
      const counted = await countLinkedEvents(db(), eventListInput.parse(filter));
      expect(counted).toBe(walked.items.length);
    },
  );

  it("counts nothing for a slug no public record has", async () => {
    expect(await countLinkedEvents(db(), eventListInput.parse({ topic: "no-such-topic" }))).toBe(0);
    expect((await caller.event.list({ place: "no-such-place" })).total).toBe(0);
  });

  it.each([{ topic: "x", year: 2020 }, { topic: "x", place: "y" }, { place: "y", q: "z" }, {}])(
    "leaves %j to the general count",
    async (input) => {
      expect(await countLinkedEvents(db(), eventListInput.parse(input))).toBeNull();
    },
  );
});

describe("event.list keyset pages", () => {
  it.each(["asc", "desc"] as const)(
    "walks ties on one day in %s order without repeats or gaps",
    async (order) => {
      const full = await caller.event.list({ topic: slugs.topic, order, limit: 100 });
      const walked = await walkPages((cursor) =>
        caller.event.list({ topic: slugs.topic, order, limit: 1, cursor }),
      );
      expect(walked.items.map((e) => e.id)).toEqual(full.items.map((e) => e.id));
      const keys = full.items.map((e) => `${e.startDate} ${e.id}`);
      expect(keys).toEqual(
        [...keys].sort((a, b) => (order === "asc" ? (a < b ? -1 : 1) : a < b ? 1 : -1)),
      );
    },
  );

  // Like a draft's id, a gone event's tells nothing: the caller is asked to start again.
  it("continues from where an event that is gone since stood: its cursor carries the sort key", async () => {
    const firstTwo = await caller.event.list({ limit: 2 });
    const first = await caller.event.list({ limit: 1 });
    await db().event.delete({ where: { id: first.items[0]!.id } });
    const next = await caller.event.list({ limit: 1, cursor: first.nextCursor });
    expect(next.items.map((e) => e.id)).toEqual([firstTwo.items[1]!.id]);
  });
});
