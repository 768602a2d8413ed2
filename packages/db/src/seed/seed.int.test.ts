import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Db } from "../client";
import { verifyPassword } from "../password";
import { createTestDatabase, makeUser, type TestDatabase } from "../testing";
import {
  DEFAULT_ADMIN_EMAIL,
  ensureAdminUser,
  events,
  FREEDOM_IN_THE_WORLD,
  ratings,
  seedDocument,
  sources,
  topics,
} from "./index";

let testDb: TestDatabase | undefined;
const db = (): Db => {
  if (!testDb) throw new Error("test database not created");
  return testDb.db;
};

beforeAll(async () => {
  testDb = await createTestDatabase("kz_seed");
});

afterAll(async () => {
  await testDb?.drop();
});

async function rowCounts() {
  const d = db();
  return {
    sources: await d.source.count(),
    topics: await d.topic.count(),
    actors: await d.actor.count(),
    places: await d.place.count(),
    ratingSeries: await d.ratingSeries.count(),
    ratings: await d.rating.count(),
    events: await d.event.count(),
    eventTopics: await d.eventTopic.count(),
    eventPlaces: await d.eventPlace.count(),
    eventActors: await d.eventActor.count(),
    citations: await d.citation.count(),
    translations: await d.translation.count(),
  };
}

describe("seedDocument", () => {
  it("writes the document once, however often it runs", async () => {
    const first = await seedDocument(db());
    expect(first.events).toEqual({ created: events.length, updated: 0 });
    const afterFirst = await rowCounts();
    expect(afterFirst).toMatchObject({
      sources: sources.length,
      topics: topics.length,
      events: events.length,
      ratings: ratings.length,
      citations: first.citations,
    });
    const publishedAt = () =>
      db().event.findMany({ select: { slug: true, publishedAt: true }, orderBy: { slug: "asc" } });
    const publishedAtBefore = await publishedAt();

    const second = await seedDocument(db());
    expect(second.events).toEqual({ created: 0, updated: events.length });
    expect(second.ratings).toEqual({ created: 0, updated: ratings.length });
    expect(await rowCounts()).toEqual(afterFirst);
    expect(await publishedAt()).toEqual(publishedAtBefore);
  });

  it("publishes the document's cases, each with its last known status, as-of date and source", async () => {
    const seeded = await db().case.findMany({
      orderBy: { slug: "asc" },
      include: {
        actors: { orderBy: { position: "asc" }, include: { actor: { select: { slug: true } } } },
        entries: {
          orderBy: { position: "asc" },
          include: { citations: { include: { source: true } } },
        },
        findings: true,
      },
    });
    const summary = seeded.map((c) => ({
      slug: c.slug,
      status: c.status,
      lastStatus: c.lastStatus,
      asOf: c.lastStatusDate?.toISOString().slice(0, 10),
      people: c.actors.length + c.unnamedCount,
      findings: c.findings.length,
    }));
    expect(summary).toEqual([
      {
        slug: "dmitry-senyavskii-attack",
        status: "PUBLISHED",
        lastStatus: "ATTACKED",
        asOf: "2018-11-10",
        people: 1,
        findings: 0,
      },
      {
        slug: "vladimir-kozlov-detention",
        status: "PUBLISHED",
        lastStatus: "DETAINED",
        asOf: "2014-01-01",
        people: 1,
        findings: 0,
      },
      {
        slug: "whatsapp-group-four-other-members",
        status: "PUBLISHED",
        lastStatus: "RESTRICTED",
        asOf: "2018-01-01",
        people: 4,
        findings: 1,
      },
      {
        slug: "whatsapp-group-members-imprisoned",
        status: "PUBLISHED",
        lastStatus: "DETAINED",
        asOf: "2018-01-01",
        people: 5,
        findings: 1,
      },
    ]);
    for (const c of seeded)
      for (const entry of c.entries)
        expect(
          entry.citations.map((x) => x.source.slug),
          c.slug,
        ).toContain("wikipedia-human-rights-in-kazakhstan");
    const kozlov = seeded.find((c) => c.slug === "vladimir-kozlov-detention")!;
    expect(kozlov.entries[0]?.citations[0]?.source.slug).toBe("hrw-on-kazakhstan-2014");
  });

  it("writes Russian and Kazakh translations, published but not reviewed, and keeps an editor's work", async () => {
    await seedDocument(db());
    const zhanaozen = await db().event.findUniqueOrThrow({
      where: { slug: "2011-zhanaozen-oil-worker-strikes" },
    });
    const rows = await db().translation.findMany({
      where: { recordId: zhanaozen.id },
      orderBy: [{ locale: "asc" }, { field: "asc" }],
    });
    expect(rows.map((r) => [r.locale, r.field, r.status, r.reviewed])).toEqual([
      ["kk", "summary", "PUBLISHED", false],
      ["kk", "title", "PUBLISHED", false],
      ["ru", "summary", "PUBLISHED", false],
      ["ru", "title", "PUBLISHED", false],
    ]);
    expect(rows.find((r) => r.locale === "ru" && r.field === "title")?.publishedText).toBe(
      "Забастовки нефтяников в Жанаозене и столкновения с полицией",
    );
    // A partial overview (its first paragraph) is a draft: the public keeps the whole English.
    const overview = await db().translation.findFirstOrThrow({
      where: { entityType: "TOPIC", locale: "kk", field: "overview" },
    });
    expect([overview.status, overview.publishedText]).toEqual(["DRAFT", null]);

    // An editor's reviewed translation survives the next run.
    const editor = await makeUser(db(), { role: "EDITOR" });
    const title = rows.find((r) => r.locale === "ru" && r.field === "title")!;
    await db().translation.update({
      where: { id: title.id },
      data: { publishedText: "Отредактировано", reviewed: true, updatedById: editor.user.id },
    });
    await seedDocument(db());
    expect(await db().translation.findUniqueOrThrow({ where: { id: title.id } })).toMatchObject({
      publishedText: "Отредактировано",
      reviewed: true,
    });
    // The translation outlives its editor's account (updatedBy: SetNull).
    await db().user.delete({ where: { id: editor.user.id } });
  });

  it("publishes the Zhanaozen strikes, dated to the day and cited", async () => {
    const event = await db().event.findUniqueOrThrow({
      where: { slug: "2011-zhanaozen-oil-worker-strikes" },
      include: {
        citations: { include: { source: true } },
        topics: { include: { topic: true } },
        places: { include: { place: true } },
      },
    });
    expect(event.status).toBe("PUBLISHED");
    expect(event.publishedAt).toBeInstanceOf(Date);
    expect(event.startDate.toISOString().slice(0, 10)).toBe("2011-12-16");
    expect(event.datePrecision).toBe("DAY");
    expect(event.citations.length).toBeGreaterThanOrEqual(1);
    expect(event.citations.map((c) => c.source.slug)).toContain(
      "wikipedia-human-rights-in-kazakhstan",
    );
    expect(event.topics.find((t) => t.position === 0)?.topic.slug).toBe("protests");
    expect(event.places.map((p) => p.place.slug)).toEqual(["zhanaozen"]);
  });

  it("publishes all 33 Freedom in the World ratings", async () => {
    const rows = await db().rating.findMany({
      where: { series: { slug: FREEDOM_IN_THE_WORLD } },
      include: { _count: { select: { citations: true } } },
      orderBy: { year: "asc" },
    });
    expect(rows).toHaveLength(33);
    expect(rows.map((r) => r.year)).toEqual(Array.from({ length: 33 }, (_, i) => 1991 + i));
    for (const row of rows) {
      expect(row.workflowStatus).toBe("PUBLISHED");
      expect(row._count.citations).toBeGreaterThanOrEqual(1);
    }
    expect(rows[0]).toMatchObject({ politicalRights: 5, civilLiberties: 4, status: "PARTLY_FREE" });
  });
});

describe("ensureAdminUser", () => {
  it("creates one admin with a random password, and nothing the second time", async () => {
    const first = await ensureAdminUser(db());
    expect(first).toMatchObject({ email: DEFAULT_ADMIN_EMAIL, created: true });
    expect(first.password?.length).toBeGreaterThanOrEqual(16);
    const admin = await db().user.findUniqueOrThrow({ where: { email: DEFAULT_ADMIN_EMAIL } });
    expect(admin.role).toBe("ADMIN");
    expect(await verifyPassword(admin.passwordHash, first.password ?? "")).toBe(true);

    const second = await ensureAdminUser(db(), {
      email: "other@example.org",
      password: "x".repeat(20),
    });
    expect(second).toEqual({ email: DEFAULT_ADMIN_EMAIL, password: null, created: false });
    expect(await db().user.count({ where: { role: "ADMIN" } })).toBe(1);
    expect(await db().user.count()).toBe(1);
  });
});
