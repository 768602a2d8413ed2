import { makeEvent, makePlace, makeSource } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { useSeededTestDatabase } from "../testing/database";
import { expectBadRequest, expectNotFound } from "../testing/public-caller";

const slugs: Record<string, string> = {};
const { caller } = useSeededTestDatabase(async (client) => {
  const astana = await makePlace(client, {
    name: "Astana",
    otherNames: ["Nur-Sultan", "Akmola"],
    region: "Astana",
    latitude: 51.16,
    longitude: 71.47,
  });
  const zhanaozen = await makePlace(client, {
    name: "Zhanaozen",
    latitude: 43.34,
    longitude: 52.86,
  });
  const almaty = await makePlace(client, "Almaty");
  const gone = await makePlace(client, { name: "Gone", deleted: true });
  Object.assign(slugs, { astana: astana.slug, zhanaozen: zhanaozen.slug, almaty: almaty.slug });
  slugs.gone = gone.slug;

  const report = await makeSource(client, { title: "Report" });
  const draft = await makeSource(client, { title: "Draft source", status: "DRAFT" });
  await makeEvent(client, {
    title: "Later",
    startDate: "2022-01-05",
    placeIds: [astana.id, almaty.id],
    sourceIds: [report.id, draft.id],
  });
  await makeEvent(client, { title: "Earlier", startDate: "2019-03-20", placeIds: [astana.id] });
  await makeEvent(client, { title: "Draft", status: "DRAFT", placeIds: [astana.id] });
  await makeEvent(client, { title: "Archived", status: "ARCHIVED", placeIds: [zhanaozen.id] });
  await makeEvent(client, { title: "Trashed", deleted: true, placeIds: [zhanaozen.id] });
  await makeEvent(client, { title: "At a deleted place", placeIds: [gone.id] });
});

describe("place.list", () => {
  it("lists published places by name with coordinates, other names and published event counts", async () => {
    expect(await caller.place.list()).toEqual([
      {
        slug: slugs.almaty,
        name: "Almaty",
        otherNames: [],
        region: null,
        lat: null,
        lng: null,
        eventCount: 1,
      },
      {
        slug: slugs.astana,
        name: "Astana",
        otherNames: ["Nur-Sultan", "Akmola"],
        region: "Astana",
        lat: 51.16,
        lng: 71.47,
        eventCount: 2,
      },
      expect.objectContaining({ name: "Zhanaozen", lat: 43.34, lng: 52.86, eventCount: 0 }),
    ]);
  });
});

describe("place.bySlug", () => {
  it("returns the place with its published events, oldest first", async () => {
    const place = await caller.place.bySlug({ slug: slugs.astana! });
    expect(place).toMatchObject({ name: "Astana", otherNames: ["Nur-Sultan", "Akmola"] });
    expect(place.events.map((e) => e.title)).toEqual(["Earlier", "Later"]);
    expect(place.events[1]?.places.map((p) => p.name)).toEqual(["Almaty", "Astana"]);
    // Only published sources are counted: "Later" also cites a draft source.
    expect(place.events.map((e) => e.sourceCount)).toEqual([0, 1]);
    expect((await caller.place.bySlug({ slug: slugs.zhanaozen! })).events).toEqual([]);
  });

  it("answers NOT_FOUND for a deleted or unknown place", async () => {
    await expectNotFound(caller.place.bySlug({ slug: slugs.gone! }));
    await expectNotFound(caller.place.bySlug({ slug: "atlantis" }));
    await expectBadRequest(caller.place.bySlug({ slug: "Atlantis" }), "slug");
  });
});
