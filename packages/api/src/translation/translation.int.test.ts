import { makeCase, makeEvent, makePlace, makeRatingSeries, makeTopic } from "@kz/db/testing";
import { Prisma } from "@kz/db";
import { describe, expect, it, vi } from "vitest";

import { callerFor, failure, outcome, revalidateSpy } from "../testing/admin-caller";
import { useTestDatabaseWithRoles } from "../testing/database";

const { db, as, users } = useTestDatabaseWithRoles();
const anonymous = () => callerFor(db(), null);

async function newEvent() {
  return makeEvent(db(), {
    title: "Oil workers strike in Zhanaozen",
    summary: "Oil workers went on strike.",
    body: "The **body** stays in English.",
  });
}

/** One field's translation, saved by a contributor and published by an editor. */
async function publishTranslation(
  entityType: "PLACE" | "TOPIC" | "CASE" | "RATING_SERIES",
  recordId: string,
  [field, text]: [field: string, text: string],
  { locale = "ru", reviewed = true }: { locale?: "ru" | "kk"; reviewed?: boolean } = {},
) {
  await as.CONTRIBUTOR.translation.save({
    entityType,
    recordId,
    locale,
    fields: [{ field, text, expectedVersion: null }],
  });
  await as.EDITOR.translation.publish({ entityType, recordId, locale, reviewed });
}

/** Russian names for places and topics, published. */
async function publishRussianNames(
  names: [entityType: "PLACE" | "TOPIC", id: string, text: string][],
) {
  for (const [entityType, recordId, text] of names) {
    await publishTranslation(entityType, recordId, ["name", text]);
  }
}

const key = (recordId: string, locale: "ru" | "kk" = "ru") =>
  ({ entityType: "EVENT", recordId, locale }) as const;

describe("translations of a record", () => {
  it("keeps a saved draft off the public page, and shows it once published, the rest in English", async () => {
    const event = await newEvent();
    await as.CONTRIBUTOR.translation.save({
      ...key(event.id),
      fields: [
        { field: "title", text: "Забастовка нефтяников в Жанаозене", expectedVersion: null },
      ],
    });
    const draft = await anonymous().event.bySlug({ slug: event.slug, locale: "ru" });
    expect(draft.title).toBe("Oil workers strike in Zhanaozen");
    expect(draft.translation?.fallback).toEqual(["title", "summary", "body"]);

    await as.EDITOR.translation.publish({ ...key(event.id), reviewed: false });
    const ru = await anonymous().event.bySlug({ slug: event.slug, locale: "ru" });
    expect(ru.title).toBe("Забастовка нефтяников в Жанаозене");
    expect(ru.summary).toBe("Oil workers went on strike.");
    expect(ru.translation).toEqual({
      locale: "ru",
      fallback: ["summary", "body"],
      outdated: [],
      reviewed: false,
    });
    // Another language, English and no locale are untouched.
    const kk = await anonymous().event.bySlug({ slug: event.slug, locale: "kk" });
    expect(kk.title).toBe("Oil workers strike in Zhanaozen");
    expect(kk.translation?.fallback).toEqual(["title", "summary", "body"]);
    const en = await anonymous().event.bySlug({ slug: event.slug });
    expect(en.title).toBe("Oil workers strike in Zhanaozen");
    expect(en.translation).toBeUndefined();
    // Every language learns which translations exist (the pages' hreflang alternates).
    expect(en.translatedInto).toEqual(["ru"]);
    // Lists say the same.
    const list = await anonymous().event.list({ locale: "ru", limit: 100 });
    expect(list.items.find((e) => e.slug === event.slug)?.title).toBe(
      "Забастовка нефтяников в Жанаозене",
    );
  });

  it("marks a translation outdated when the English changes, shows what changed, and clears it when redone", async () => {
    const event = await newEvent();
    await as.CONTRIBUTOR.translation.save({
      ...key(event.id),
      fields: [{ field: "summary", text: "Нефтяники объявили забастовку.", expectedVersion: null }],
    });
    await as.EDITOR.translation.publish({ ...key(event.id), reviewed: true });
    expect(
      (await anonymous().event.bySlug({ slug: event.slug, locale: "ru" })).translation,
    ).toMatchObject({ outdated: [], reviewed: true });

    // An English edit, with no write to the translation.
    await db().event.update({
      where: { id: event.id },
      data: { summary: "Oil workers went on strike for higher pay." },
    });
    const stale = await anonymous().event.bySlug({ slug: event.slug, locale: "ru" });
    expect(stale.summary).toBe("Нефтяники объявили забастовку.");
    expect(stale.translation?.outdated).toEqual(["summary"]);

    const editor = await as.CONTRIBUTOR.translation.get(key(event.id));
    const summary = editor.fields.find((f) => f.field === "summary")!;
    expect(summary).toMatchObject({
      state: "outdated",
      english: "Oil workers went on strike for higher pay.",
      englishThen: "Oil workers went on strike.",
      englishChanges: [
        { text: "Oil workers went on ", change: "same" },
        { text: "strike.", change: "removed" },
        { text: "strike for higher pay.", change: "added" },
      ],
      text: "Нефтяники объявили забастовку.",
    });
    expect(
      (await as.EDITOR.translation.list({ entityType: "EVENT", locale: "ru" })).map(
        (i) => i.recordId,
      ),
    ).toContain(event.id);

    // Publishing what was made from the old English is refused, and changes nothing.
    const refused = await failure(
      as.EDITOR.translation.publish({ ...key(event.id), reviewed: true }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toMatch(/English changed/);

    await as.CONTRIBUTOR.translation.save({
      ...key(event.id),
      fields: [
        {
          field: "summary",
          text: "Нефтяники объявили забастовку, требуя повышения зарплаты.",
          expectedVersion: summary.version,
        },
      ],
    });
    await as.EDITOR.translation.publish({ ...key(event.id), reviewed: true });
    const redone = await anonymous().event.bySlug({ slug: event.slug, locale: "ru" });
    expect(redone.summary).toBe("Нефтяники объявили забастовку, требуя повышения зарплаты.");
    expect(redone.translation?.outdated).toEqual([]);
    expect((await as.CONTRIBUTOR.translation.get(key(event.id))).fields[1]!.state).toBe(
      "published",
    );
  });

  it("lets a contributor save and only an editor publish; the public cannot read drafts", async () => {
    const event = await newEvent();
    const save = (role: "VIEWER" | "CONTRIBUTOR") =>
      as[role].translation.save({
        ...key(event.id, "kk"),
        fields: [{ field: "title", text: "Жаңаөзендегі ереуіл", expectedVersion: null }],
      });
    expect(await outcome(save("VIEWER"))).toBe("FORBIDDEN");
    expect(await outcome(save("CONTRIBUTOR"))).toBe("ok");
    const publish = { ...key(event.id, "kk"), reviewed: false };
    expect(await outcome(as.CONTRIBUTOR.translation.publish(publish))).toBe("FORBIDDEN");
    expect(await outcome(anonymous().translation.get(key(event.id, "kk")))).toBe("UNAUTHORIZED");
    const spy = revalidateSpy();
    await callerFor(db(), users.EDITOR, { revalidate: spy.revalidate }).translation.publish(
      publish,
    );
    expect(spy.calls.flat()).toContain(`event:${event.slug}`);

    const audit = await db().auditLog.findMany({
      where: { entityId: event.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["translation.save", users.CONTRIBUTOR.id],
      ["translation.publish", users.EDITOR.id],
    ]);
  });

  it("refuses a stale save, an unknown field and an empty text, writing nothing", async () => {
    const event = await newEvent();
    const first = { field: "title", text: "Первый перевод", expectedVersion: null };
    await as.CONTRIBUTOR.translation.save({ ...key(event.id), fields: [first] });
    // Someone else saved it first: the second translator started from nothing.
    const stale = await failure(
      as.EDITOR.translation.save({ ...key(event.id), fields: [{ ...first, text: "Второй" }] }),
    );
    expect(stale.code).toBe("CONFLICT");
    const unknown = await failure(
      as.CONTRIBUTOR.translation.save({
        ...key(event.id),
        fields: [{ field: "startDate", text: "2011", expectedVersion: null }],
      }),
    );
    expect(unknown.code).toBe("BAD_REQUEST");
    const empty = await failure(
      as.CONTRIBUTOR.translation.save({
        ...key(event.id),
        fields: [{ field: "summary", text: "  ", expectedVersion: null }],
      }),
    );
    expect(empty.message).toMatch(/Some fields cannot be saved/);
    const rows = await db().translation.findMany({ where: { recordId: event.id } });
    expect(rows.map((r) => [r.field, r.text, r.version])).toEqual([["title", "Первый перевод", 1]]);
    expect(
      await outcome(as.EDITOR.translation.publish({ ...key(event.id, "kk"), reviewed: false })),
    ).toBe("BAD_REQUEST");
  });

  it("translates places and rating series through the same helper, and counts progress", async () => {
    const place = await makePlace(db(), { name: "Zhanaozen", region: "Kazakhstan" });
    await publishTranslation("PLACE", place.id, ["name", "Жаңаөзен"], {
      locale: "kk",
      reviewed: false,
    });
    const places = await anonymous().place.list({ locale: "kk" });
    expect(places.find((p) => p.slug === place.slug)).toMatchObject({
      name: "Жаңаөзен",
      region: "Kazakhstan",
      translation: { fallback: ["region"] },
    });

    const series = await makeRatingSeries(db());
    await publishTranslation("RATING_SERIES", series.id, ["name", "Свобода в мире"]);
    const list = await anonymous().rating.seriesList({ locale: "ru" });
    expect(list.find((s) => s.slug === series.slug)?.name).toBe("Свобода в мире");

    const progress = await as.VIEWER.translation.progress();
    const events = (locale: string) =>
      progress.find((p) => p.locale === locale)!.kinds.find((k) => k.entityType === "EVENT")!;
    const totalEvents = await db().event.count({ where: { status: "PUBLISHED" } });
    expect(events("ru").total).toBe(totalEvents);
    // The earlier tests translated some fields of some events, none all three, and redid the outdated one.
    expect(events("ru")).toMatchObject({ translated: 0, outdated: 0 });
    expect(
      progress.find((p) => p.locale === "kk")!.kinds.find((k) => k.entityType === "PLACE"),
    ).toMatchObject({ translated: 0 });
  });

  it("counts a fully translated record, and an outdated one, in the progress", async () => {
    const event = await newEvent();
    await as.CONTRIBUTOR.translation.save({
      ...key(event.id, "kk"),
      fields: ["title", "summary", "body"].map((field) => ({
        field,
        text: `аударма: ${field}`,
        expectedVersion: null,
      })),
    });
    await as.EDITOR.translation.publish({ ...key(event.id, "kk"), reviewed: false });
    const kkEvents = async () =>
      (await as.VIEWER.translation.progress())
        .find((p) => p.locale === "kk")!
        .kinds.find((k) => k.entityType === "EVENT")!;
    expect(await kkEvents()).toMatchObject({ translated: 1, outdated: 0 });
    await db().event.update({ where: { id: event.id }, data: { body: "A new English body." } });
    expect(await kkEvents()).toMatchObject({ translated: 1, outdated: 1 });
  });

  it("names an event's linked places and topics in the page's language, saying which fell back", async () => {
    const place = await makePlace(db(), { name: "Zhanaozen" });
    const topic = await makeTopic(db(), { name: "Labour rights" });
    const untranslated = await makeTopic(db(), { name: "Protests" });
    const event = await makeEvent(db(), {
      placeIds: [place.id],
      topicIds: [topic.id, untranslated.id],
    });
    const related = await makeEvent(db(), { startDate: "2020-01-02", placeIds: [place.id] });
    await publishRussianNames([
      ["PLACE", place.id, "Жанаозен"],
      ["TOPIC", topic.id, "Трудовые права"],
    ]);
    const raw = vi.spyOn(db(), "$queryRaw");
    const ru = await anonymous().event.bySlug({ slug: event.slug, locale: "ru" });
    const translationReads = raw.mock.calls.filter((call) =>
      call.some((part) => part instanceof Prisma.Sql && part.sql.includes('"Translation"')),
    );
    raw.mockRestore();
    expect(ru.places).toEqual([
      {
        slug: place.slug,
        name: "Жанаозен",
        translation: { locale: "ru", fallback: [], outdated: [], reviewed: true },
      },
    ]);
    expect(ru.topics.map((t) => [t.name, t.translation?.fallback])).toEqual([
      ["Трудовые права", []],
      ["Protests", ["name"]],
    ]);
    // The related events' links too, each list's names read in one query with the records' own.
    const relatedOut = ru.related.find((e) => e.slug === related.slug)!;
    expect(relatedOut.places.map((p) => p.name)).toEqual(["Жанаозен"]);
    // The event's and its related events': never one per linked record.
    expect(translationReads).toHaveLength(2);

    // The place's page lists the event with the same names; English is untouched.
    const placePage = await anonymous().place.bySlug({ slug: place.slug, locale: "ru" });
    expect(placePage.events.find((e) => e.slug === event.slug)!.topics.map((t) => t.name)).toEqual([
      "Трудовые права",
      "Protests",
    ]);
    const en = await anonymous().event.bySlug({ slug: event.slug });
    expect(en.places).toEqual([{ slug: place.slug, name: "Zhanaozen" }]);
    const kk = await anonymous().event.list({ locale: "kk", place: place.slug });
    expect(kk.items[0]!.places[0]).toMatchObject({
      name: "Zhanaozen",
      translation: { fallback: ["name"] },
    });
  });

  it("names an event list's facets and timeline topics in the page's language, saying which fell back", async () => {
    const place = await makePlace(db(), { name: "Aktau" });
    const topic = await makeTopic(db(), { name: "Labour" });
    const untranslated = await makeTopic(db(), { name: "Strikes" });
    await makeEvent(db(), { placeIds: [place.id], topicIds: [topic.id, untranslated.id] });
    await publishRussianNames([
      ["PLACE", place.id, "Актау"],
      ["TOPIC", topic.id, "Труд"],
    ]);
    const filter = { places: [place.slug] };
    const facets = await anonymous().event.facets({ ...filter, locale: "ru" });
    // A facet counts under the other filters: the places facet lists other tests' places too.
    expect(facets.places.find((p) => p.slug === place.slug)).toEqual({
      slug: place.slug,
      name: "Актау",
      count: 1,
      translation: { locale: "ru", fallback: [], outdated: [], reviewed: true },
    });
    expect(facets.topics.map((t) => [t.slug, t.name, t.count, t.translation?.fallback])).toEqual(
      expect.arrayContaining([
        [topic.slug, "Труд", 1, []],
        [untranslated.slug, "Strikes", 1, ["name"]],
      ]),
    );
    const timeline = await anonymous().event.timeline({ ...filter, locale: "ru" });
    expect(timeline.topics.find((t) => t.slug === topic.slug)?.name).toBe("Труд");
    // English, and no language given, are as they were: no translation read.
    const en = await anonymous().event.facets(filter);
    expect(en.places.find((p) => p.slug === place.slug)).toEqual({
      slug: place.slug,
      name: "Aktau",
      count: 1,
    });
    // A language the site does not have is refused with a message.
    expect(
      await failure(anonymous().event.facets({ ...filter, locale: "de" as "ru" })),
    ).toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("lists cases in the page's language where their title is translated, saying which fell back", async () => {
    const translated = await makeCase(db(), { title: "Detention of a journalist" });
    const english = await makeCase(db(), { title: "Detention of a lawyer" });
    await publishTranslation("CASE", translated.id, ["title", "Задержание журналиста"], {
      reviewed: false,
    });
    const ru = await anonymous().case.list({ locale: "ru" });
    const bySlug = (slug: string) => ru.items.find((c) => c.slug === slug)!;
    expect(bySlug(translated.slug)).toMatchObject({
      title: "Задержание журналиста",
      translation: { locale: "ru", fallback: [], reviewed: false },
    });
    expect(bySlug(english.slug)).toMatchObject({
      title: "Detention of a lawyer",
      translation: { fallback: ["title"] },
    });
    const en = await anonymous().case.list();
    expect(en.items.find((c) => c.slug === translated.slug)).toMatchObject({
      title: "Detention of a journalist",
    });
    expect(en.items.find((c) => c.slug === translated.slug)).not.toHaveProperty("translation");
  });
});
