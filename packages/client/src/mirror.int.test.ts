// The changes feed keeps a mirror exact: mirror the seeded record through `changes.since`, then
// publish, edit, unpublish, archive, delete and purge records (and change records that events show),
// sync again, and the mirror equals `event.list` exactly. Service level: a server-side caller.
import { createCaller, createContext, type CurrentUser } from "@kz/api";
import { seedDocument } from "@kz/db/seed";
import { createTestDatabase, makeUser, type TestDatabase } from "@kz/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { RouterOutputs } from "./index";
import { emptyMirror, syncMirror, type MirrorSource, type MirrorState } from "./mirror";

type Summary = RouterOutputs["event"]["list"]["items"][number];

const SITE_URL = "https://example.test";
let database: TestDatabase;
let admin: CurrentUser;

const publicApi = () =>
  createCaller(createContext({ db: database.db, user: null, siteUrl: SITE_URL, ip: null }));
const adminApi = () =>
  createCaller(createContext({ db: database.db, user: admin, siteUrl: SITE_URL, ip: null }));

async function orNull<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

/** The mirror's source over the caller, as clientMirrorSource is over HTTP. */
function callerSource(): MirrorSource {
  const api = publicApi();
  return {
    changesSince: (input) => api.changes.since(input),
    event: (slug) => orNull(api.event.bySlug({ slug })),
    source: (slug) => orNull(api.source.bySlug({ slug })),
    topic: (slug) => orNull(api.topic.bySlug({ slug })),
    actor: (slug) => orNull(api.actor.bySlug({ slug })),
    place: (slug) => orNull(api.place.bySlug({ slug })),
    ratings: (series) => orNull(api.rating.list({ series })),
  };
}

/** Every published event as event.list pages through them, oldest first. */
async function allEvents(): Promise<Summary[]> {
  const items: Summary[] = [];
  let cursor: string | null = null;
  do {
    const page: RouterOutputs["event"]["list"] = await publicApi().event.list({
      order: "asc",
      limit: 100,
      cursor,
    });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

// Every field of a summary, in order: a field added to the API's summary fails to compile here.
// The mirror reads in English, which carries no translation fields (those come with a `locale`).
type EnglishSummary = Omit<Summary, "translation" | "translatedInto">;
const SUMMARY_FIELDS = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  topics: true,
  places: true,
  sourceCount: true,
  updatedAt: true,
  url: true,
} satisfies Record<keyof EnglishSummary, true>;
const SUMMARY_KEYS = Object.keys(SUMMARY_FIELDS) as (keyof EnglishSummary)[];

/** The mirror's events as event.list shows them: its summary fields, in the same order. */
function mirroredSummaries(mirror: MirrorState): EnglishSummary[] {
  return Object.values(mirror.events)
    .map((detail) => Object.fromEntries(SUMMARY_KEYS.map((k) => [k, detail[k]])) as EnglishSummary)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
}

async function expectExact(mirror: MirrorState): Promise<void> {
  const events = await allEvents();
  expect(mirroredSummaries(mirror)).toEqual(events);
  // And the other record types by their slugs.
  const api = publicApi();
  const slugs = (records: Record<string, { slug: string }>) =>
    Object.values(records)
      .map((r) => r.slug)
      .sort();
  expect(slugs(mirror.topics)).toEqual((await api.topic.list()).map((t) => t.slug).sort());
  expect(slugs(mirror.places)).toEqual((await api.place.list()).map((p) => p.slug).sort());
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDocument(database.db);
  const { user } = await makeUser(database.db, { role: "ADMIN" });
  admin = { id: user.id, email: user.email, name: user.name, role: "ADMIN" };
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

describe("a mirror that follows changes.since", () => {
  it("is exact after the first sync, and again after publishing, editing, unpublishing and deleting", async () => {
    const mirror = emptyMirror();
    const first = await syncMirror(callerSource(), mirror);
    expect(first.changes).toBeGreaterThan(100);
    await expectExact(mirror);
    expect(Object.keys(mirror.sources).length).toBeGreaterThan(10);
    expect(Object.keys(mirror.ratings)).toContain("freedom-in-the-world");
    const cursorAfterFirst = mirror.cursor;

    const api = adminApi();
    const seeded = await allEvents();
    const [toEdit, toUnpublish, toArchive, toTrash, toPurge] = seeded;
    if (!toEdit || !toUnpublish || !toArchive || !toTrash || !toPurge) throw new Error("seed");
    const version = async (id: string) => (await api.event.admin.getForEdit({ id })).version;

    // Publish a new event, citing a published source.
    const sourceId = Object.keys(mirror.sources)[0]!;
    const created = await api.event.admin.create({
      title: "A new event for the mirror",
      slug: "",
      summary: "Published after the first sync.",
      body: "",
      startDate: "2024-02-01",
      endDate: null,
      datePrecision: "day",
      topicIds: [],
      placeIds: [],
      actors: [],
      citations: [{ sourceId }],
    });
    await api.event.admin.publish({ id: created.id, expectedVersion: created.version });

    // Edit a published event: the edit waits in pendingChanges (the public sees nothing yet) ...
    const edit = await api.event.admin.getForEdit({ id: toEdit.id });
    const saved = await api.event.admin.update({
      ...edit.form,
      id: toEdit.id,
      expectedVersion: edit.version,
      title: `${edit.form.title} (corrected)`,
      slug: `${edit.form.slug}-corrected`,
    });
    // ... until it is published.
    await api.event.admin.publish({ id: toEdit.id, expectedVersion: saved.version });

    // Unpublish one, archive one, trash one, and trash and purge one.
    await api.event.admin.unpublish({
      id: toUnpublish.id,
      expectedVersion: await version(toUnpublish.id),
    });
    await api.event.admin.archive({
      id: toArchive.id,
      expectedVersion: await version(toArchive.id),
    });
    await api.event.admin.trash({ id: toTrash.id, expectedVersion: await version(toTrash.id) });
    await api.event.admin.trash({ id: toPurge.id, expectedVersion: await version(toPurge.id) });
    await api.event.admin.purge({ id: toPurge.id, expectedVersion: await version(toPurge.id) });

    // Change what events show of other records: a topic's name, a place's name.
    const topicRef = seeded.flatMap((e) => e.topics)[0]!;
    const topicId = Object.entries(mirror.topics).find(([, t]) => t.slug === topicRef.slug)![0];
    const topic = await api.topic.admin.getForEdit({ id: topicId });
    const topicSaved = await api.topic.admin.update({
      ...topic.form,
      id: topicId,
      expectedVersion: topic.version,
      name: `${topic.form.name} (renamed)`,
    });
    await api.topic.admin.publish({ id: topicId, expectedVersion: topicSaved.version });
    const placeRef = seeded.flatMap((e) => e.places)[0]!;
    const placeId = Object.entries(mirror.places).find(([, p]) => p.slug === placeRef.slug)![0];
    const place = await api.place.admin.getForEdit({ id: placeId });
    const placeSaved = await api.place.admin.update({
      ...place.form,
      id: placeId,
      expectedVersion: place.version,
      name: `${place.form.name} (renamed)`,
    });
    await api.place.admin.publish({ id: placeId, expectedVersion: placeSaved.version });

    // A save the public does not see is not in the feed.
    const quiet = seeded
      .slice(5)
      .find(
        (e) =>
          !e.topics.some((t) => t.slug === topicRef.slug) &&
          !e.places.some((p) => p.slug === placeRef.slug),
      )!;
    const pending = await api.event.admin.getForEdit({ id: quiet.id });
    await api.event.admin.update({
      ...pending.form,
      id: quiet.id,
      expectedVersion: pending.version,
      summary: "Not published yet.",
    });

    const page = await publicApi().changes.since({ cursor: cursorAfterFirst, limit: 1000 });
    const kinds = (id: string) => page.items.filter((i) => i.id === id).map((i) => i.change);
    expect(kinds(created.id)).toEqual(["published"]);
    // (Updated more than once: it also shows the topic and place renamed below.)
    expect(new Set(kinds(toEdit.id))).toEqual(new Set(["updated"]));
    expect(page.items.find((i) => i.id === toEdit.id)?.slug).toBe(`${toEdit.slug}-corrected`);
    expect(kinds(toUnpublish.id)).toEqual(["unpublished"]);
    expect(kinds(toArchive.id)).toEqual(["unpublished"]);
    expect(kinds(toTrash.id)).toEqual(["deleted"]);
    expect(kinds(toPurge.id)).toEqual(["deleted"]);
    expect(kinds(topicId)).toEqual(["updated"]);
    expect(kinds(placeId)).toEqual(["updated"]);
    expect(kinds(quiet.id)).toEqual([]);
    // The events that show the renamed topic and place are marked updated too.
    const showsTopic = seeded.filter((e) => e.topics.some((t) => t.slug === topicRef.slug));
    for (const event of showsTopic.filter(
      (e) => ![toUnpublish, toArchive, toTrash, toPurge].includes(e),
    ))
      expect(kinds(event.id)).toContain("updated");
    // In order, and the cursor is the last seq.
    const seqs = page.items.map((i) => i.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(page.nextCursor).toBe(String(seqs.at(-1)));

    const second = await syncMirror(callerSource(), mirror);
    expect(second.changes).toBe(page.items.length);
    await expectExact(mirror);
    expect(mirror.events[created.id]?.title).toBe("A new event for the mirror");
    expect(mirror.events[toEdit.id]?.title).toBe(`${toEdit.title} (corrected)`);
    expect(mirror.events[toTrash.id]).toBeUndefined();

    // Nothing new: the same cursor comes back, and the mirror is unchanged.
    const idle = await publicApi().changes.since({ cursor: mirror.cursor });
    expect(idle).toEqual({ items: [], nextCursor: mirror.cursor, hasMore: false });

    // Restoring from the trash publishes again; unpublishing a source changes sourceCount.
    await api.event.admin.restore({ id: toTrash.id, expectedVersion: await version(toTrash.id) });
    // The last published source of a published event cannot be withdrawn: take one whose events
    // all cite another source too.
    const cited = await database.db.source.findMany({
      where: { status: "PUBLISHED", deletedAt: null },
      select: {
        id: true,
        citations: {
          where: { event: { status: "PUBLISHED", deletedAt: null } },
          select: { event: { select: { citations: { select: { sourceId: true } } } } },
        },
      },
    });
    const spare = cited.find(
      (s) =>
        s.citations.length > 0 &&
        s.citations.every((c) => c.event?.citations.some((o) => o.sourceId !== s.id)),
    );
    if (!spare) throw new Error("the seed has no source that is never an event's only one");
    const sourceEdit = await api.source.admin.getForEdit({ id: spare.id });
    await api.source.admin.unpublish({ id: spare.id, expectedVersion: sourceEdit.version });
    await syncMirror(callerSource(), mirror);
    await expectExact(mirror);
    expect(mirror.sources[spare.id]).toBeUndefined();
  });

  it("pages through the feed with a stable cursor and filters by type", async () => {
    const api = publicApi();
    const all = await api.changes.since({ limit: 1000 });
    const paged: number[] = [];
    let cursor: string | null = null;
    for (;;) {
      const page: RouterOutputs["changes"]["since"] = await api.changes.since({ cursor, limit: 7 });
      paged.push(...page.items.map((i) => i.seq));
      cursor = page.nextCursor;
      if (!page.hasMore) break;
    }
    expect(paged).toEqual(all.items.map((i) => i.seq));
    const events = await api.changes.since({ types: ["event"], limit: 1000 });
    expect(events.items.every((i) => i.entityType === "event")).toBe(true);
    expect(events.items.length).toBeGreaterThan(0);
  });

  it("refuses a cursor it did not issue", async () => {
    await expect(publicApi().changes.since({ cursor: "abc" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
