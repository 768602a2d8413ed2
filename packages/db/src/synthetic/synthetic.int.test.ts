import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seedDocument } from "../seed/index";
import { createTestDatabase, type TestDatabase } from "../testing";
import {
  countSynthetic,
  seedSynthetic,
  SYNTHETIC_NOTICE,
  SYNTHETIC_SLUG_PREFIX,
  SYNTHETIC_TITLE_MARKER,
  SyntheticSeedError,
} from "./index";

const EVENTS = 500;
let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase("kz_synthetic");
});

afterAll(async () => {
  await testDb?.drop();
});

describe("seedSynthetic", () => {
  it("refuses an unseeded database, saying to seed it first", async () => {
    const refusal = seedSynthetic(testDb.db, { events: 10 });
    await expect(refusal).rejects.toBeInstanceOf(SyntheticSeedError);
    await expect(refusal).rejects.toThrow(/npm run db:seed/);
    expect(await countSynthetic(testDb.db)).toEqual({ events: 0, sources: 0 });
  });

  it("is never part of the default seed", async () => {
    await seedDocument(testDb.db);
    expect(await countSynthetic(testDb.db)).toEqual({ events: 0, sources: 0 });
    const marked = await testDb.db.event.count({
      where: {
        OR: [
          { title: { startsWith: SYNTHETIC_TITLE_MARKER } },
          { body: { contains: SYNTHETIC_NOTICE } },
        ],
      },
    });
    expect(marked).toBe(0);
  });

  it("adds published, marked events linked to the seeded records and cited to marked sources", async () => {
    const summary = await seedSynthetic(testDb.db, { events: EVENTS, batchSize: 120 });
    expect(summary.events).toBe(EVENTS);
    expect(await countSynthetic(testDb.db)).toEqual({ events: EVENTS, sources: summary.sources });

    const events = await testDb.db.event.findMany({
      where: { slug: { startsWith: SYNTHETIC_SLUG_PREFIX } },
      include: {
        topics: { include: { topic: true } },
        places: true,
        citations: { include: { source: true } },
      },
    });
    expect(events).toHaveLength(EVENTS);
    for (const event of events) {
      expect(event.status).toBe("PUBLISHED");
      expect(event.title.startsWith(SYNTHETIC_TITLE_MARKER)).toBe(true);
      expect(event.body.startsWith(SYNTHETIC_NOTICE)).toBe(true);
      expect(event.startDate.getUTCFullYear()).toBeGreaterThanOrEqual(1991);
      expect(event.startDate.getUTCFullYear()).toBeLessThanOrEqual(2026);
      // Linked to the document's own topics, not to anything synthetic.
      expect(event.topics.length).toBeGreaterThan(0);
      for (const { topic } of event.topics)
        expect(topic.slug.startsWith(SYNTHETIC_SLUG_PREFIX)).toBe(false);
      expect(event.places.length).toBeGreaterThan(0);
      expect(event.citations.length).toBeGreaterThan(0);
      for (const { source } of event.citations) {
        expect(source.slug.startsWith(SYNTHETIC_SLUG_PREFIX)).toBe(true);
        expect(source.title.startsWith(SYNTHETIC_TITLE_MARKER)).toBe(true);
        expect(source.status).toBe("PUBLISHED");
      }
    }
    expect(new Set(events.map((e) => e.startDate.getUTCFullYear())).size).toBeGreaterThan(20);
  });

  it("announces every synthetic event and source in the changes feed", async () => {
    const announced = await testDb.db.changeLog.count({
      where: { slug: { startsWith: SYNTHETIC_SLUG_PREFIX }, change: "PUBLISHED" },
    });
    const { events, sources } = await countSynthetic(testDb.db);
    expect(announced).toBe(events + sources);
  });

  it("refuses to run twice and adds nothing the second time", async () => {
    const before = await countSynthetic(testDb.db);
    const again = seedSynthetic(testDb.db, { events: 5 });
    await expect(again).rejects.toBeInstanceOf(SyntheticSeedError);
    await expect(again).rejects.toThrow(/already holds 500 synthetic events/);
    expect(await countSynthetic(testDb.db)).toEqual(before);
  });
});
