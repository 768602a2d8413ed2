// Synthetic events (npm run db:seed:synthetic) are read by the public exactly like real ones.
import { events as documentEvents, seedDocument } from "@kz/db/seed";
import {
  SYNTHETIC_NOTICE,
  SYNTHETIC_SLUG_PREFIX,
  SYNTHETIC_TITLE_MARKER,
  seedSynthetic,
} from "@kz/db/synthetic";
import { describe, expect, it } from "vitest";

import { useSeededTestDatabase } from "../testing/database";
import { walkPages } from "../testing/public-caller";

const EVENTS = 500;
const { caller } = useSeededTestDatabase(async (db) => {
  await seedDocument(db);
  await seedSynthetic(db, { events: EVENTS });
}, "kz_synthetic_api");

const isSynthetic = (e: { slug: string; title: string }) =>
  e.slug.startsWith(SYNTHETIC_SLUG_PREFIX) && e.title.startsWith(SYNTHETIC_TITLE_MARKER);

describe("synthetic events through the public API", () => {
  it("are listed beside the document's events, every one of them marked", async () => {
    const walked = await walkPages((cursor) => caller.event.list({ limit: 100, cursor }));
    expect(walked.totals[0]).toBe(documentEvents.length + EVENTS);
    expect(walked.items.filter(isSynthetic)).toHaveLength(EVENTS);
    const real = walked.items.filter((e) => !e.slug.startsWith(SYNTHETIC_SLUG_PREFIX));
    expect(real).toHaveLength(documentEvents.length);
    expect(real.some((e) => e.title.startsWith(SYNTHETIC_TITLE_MARKER))).toBe(false);
  });

  it("show their sources, topics and places on their page", async () => {
    const { items } = await caller.event.list({ limit: 100 });
    const summary = items.find(isSynthetic);
    expect(summary).toBeDefined();
    const event = await caller.event.bySlug({ slug: summary!.slug });
    expect(event.body.startsWith(SYNTHETIC_NOTICE)).toBe(true);
    expect(event.sourceCount).toBeGreaterThan(0);
    expect(event.citations).toHaveLength(event.sourceCount);
    for (const { source } of event.citations) {
      expect(source.title.startsWith(SYNTHETIC_TITLE_MARKER)).toBe(true);
      expect(new URL(source.url!).hostname.endsWith(".invalid")).toBe(true);
    }
    expect(event.topics.length).toBeGreaterThan(0);
    expect(event.places.length).toBeGreaterThan(0);
  });

  it("are found by search and by a topic filter", async () => {
    const found = await caller.search.query({ q: "synthetic", limit: 50 });
    expect(found.events).toHaveLength(50);
    expect(found.events.every(isSynthetic)).toBe(true);
    const protests = await caller.event.list({ topic: "protests", limit: 100 });
    expect(protests.items.some(isSynthetic)).toBe(true);
  });
});
