import { makeActor, makeEvent, makePlace, makeSource, makeTopic } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { useTestDatabase } from "../testing/database";
import { publicRecordPaths, translatedRecordPaths } from "./record-paths";

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

describe("translatedRecordPaths", () => {
  it("names the languages of each published record's published translations, and nothing else", async () => {
    const [both, draftOnly, unpublished] = await Promise.all([
      makeEvent(db()),
      makeEvent(db()),
      makeEvent(db(), { status: "DRAFT" }),
    ]);
    const row = (recordId: string, locale: string, publishedText: string | null) => ({
      entityType: "EVENT" as const,
      recordId,
      locale,
      field: "title",
      text: "Заголовок",
      sourceHash: "h",
      sourceText: "Title",
      status: publishedText ? ("PUBLISHED" as const) : ("DRAFT" as const),
      publishedText,
    });
    await db().translation.createMany({
      data: [
        row(both.id, "kk", "Тақырып"),
        row(both.id, "ru", "Заголовок"),
        row(draftOnly.id, "ru", null),
        row(unpublished.id, "ru", "Заголовок"),
      ],
    });
    const languages = await translatedRecordPaths(db());
    expect(languages.get(`/events/${both.slug}`)).toEqual(["kk", "ru"]);
    expect(languages.has(`/events/${draftOnly.slug}`)).toBe(false);
    expect(languages.has(`/events/${unpublished.slug}`)).toBe(false);
  });
});
