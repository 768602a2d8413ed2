import {
  createTestDatabase,
  makeEvent,
  makePlace,
  makeSource,
  type TestDatabase,
} from "@kz/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { expectBadRequest, expectNotFound, publicCaller } from "../testing/public-caller";

let database: TestDatabase;
let caller: ReturnType<typeof publicCaller>;
const slugs: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  caller = publicCaller(db);

  const astana = await makePlace(db, {
    name: "Astana",
    otherNames: ["Nur-Sultan", "Akmola"],
    region: "Astana",
    latitude: 51.16,
    longitude: 71.47,
  });
  const zhanaozen = await makePlace(db, { name: "Zhanaozen", latitude: 43.34, longitude: 52.86 });
  const almaty = await makePlace(db, "Almaty");
  const gone = await makePlace(db, { name: "Gone", deleted: true });
  Object.assign(slugs, { astana: astana.slug, zhanaozen: zhanaozen.slug, almaty: almaty.slug });
  slugs.gone = gone.slug;

  const report = await makeSource(db, { title: "Report" });
  const draft = await makeSource(db, { title: "Draft source", status: "DRAFT" });
  await makeEvent(db, {
    title: "Later",
    startDate: "2022-01-05",
    placeIds: [astana.id, almaty.id],
    sourceIds: [report.id, draft.id],
  });
  await makeEvent(db, { title: "Earlier", startDate: "2019-03-20", placeIds: [astana.id] });
  await makeEvent(db, { title: "Draft", status: "DRAFT", placeIds: [astana.id] });
  await makeEvent(db, { title: "Archived", status: "ARCHIVED", placeIds: [zhanaozen.id] });
  await makeEvent(db, { title: "Trashed", deleted: true, placeIds: [zhanaozen.id] });
  await makeEvent(db, { title: "At a deleted place", placeIds: [gone.id] });
});

afterAll(async () => {
  await database?.drop();
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
