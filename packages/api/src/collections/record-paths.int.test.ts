import { makeActor, makeEvent, makePlace, makeSource, makeTopic } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { useTestDatabase } from "../testing/database";
import { publicRecordPaths } from "./record-paths";

const db = useTestDatabase("paths");

describe("publicRecordPaths", () => {
  it("lists the page of every published record, and of nothing a reader may not see", async () => {
    const [event, source, topic, actor, place] = await Promise.all([
      makeEvent(db()),
      makeSource(db()),
      makeTopic(db()),
      makeActor(db()),
      makePlace(db()),
    ]);
    await Promise.all([
      makeEvent(db(), { status: "DRAFT" }),
      makeActor(db(), { status: "IN_REVIEW" }),
      makePlace(db(), { status: "ARCHIVED" }),
      makeSource(db(), { deleted: true }),
    ]);

    // By collection in registry order (events, sources, topics, actors, places), then by slug.
    expect(await publicRecordPaths(db())).toEqual([
      `/events/${event.slug}`,
      `/sources/${source.slug}`,
      `/topics/${topic.slug}`,
      `/actors/${actor.slug}`,
      `/places/${place.slug}`,
    ]);
  });
});
