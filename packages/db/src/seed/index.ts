import { randomBytes } from "node:crypto";

import { z } from "zod";

import { recordChangeLog } from "../change-log";
import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { hashPassword } from "../password";
import { ratingFigures } from "../rating-figures";
import { seedCases } from "./cases";
import { topicFactId } from "./topic-fact-id";
import { seedTranslationsInto } from "./translations";
import { actors, events, places, ratings, ratingSeries, sources, topicFacts, topics } from "./data";
import type {
  IsoDate,
  SeedActor,
  SeedCitation,
  SeedEvent,
  SeedPlace,
  SeedRating,
  SeedSource,
  SeedTopic,
  SeedTopicFact,
} from "./types";

export * from "./data";
export type * from "./types";

export interface UpsertCounts {
  created: number;
  updated: number;
}

export interface SeedSummary {
  sources: UpsertCounts;
  topics: UpsertCounts;
  actors: UpsertCounts;
  places: UpsertCounts;
  ratingSeries: UpsertCounts;
  ratings: UpsertCounts;
  events: UpsertCounts;
  cases: UpsertCounts;
  /** Citation rows written (cases' and topic facts' included) (all of the seeded records' citations are replaced on every run). */
  citations: number;
  /** Event–topic, event–place and event–actor rows written (likewise replaced). */
  eventLinks: number;
  /** Topics' facts and figures written (the seeded topics' facts are replaced on every run). */
  topicFacts: number;
}

export interface SeedOptions {
  log?: (message: string) => void;
}

interface ExistingRow {
  id: string;
  key: string;
  publishedAt: Date | null;
}

const toDate = (iso: IsoDate): Date => new Date(`${iso}T00:00:00.000Z`);

/**
 * Creates the rows that are missing (in one statement) and updates the rest, matching on `keyOf`.
 * Returns each key's id.
 */
async function sync<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  existing: readonly ExistingRow[],
  createMany: (items: T[]) => Promise<Array<{ id: string; key: string }>>,
  update: (id: string, item: T, row: ExistingRow) => Promise<unknown>,
): Promise<{ ids: Map<string, string>; counts: UpsertCounts }> {
  const byKey = new Map(existing.map((row) => [row.key, row]));
  const ids = new Map<string, string>();
  const missing: T[] = [];
  for (const item of items) {
    const row = byKey.get(keyOf(item));
    if (row) {
      await update(row.id, item, row);
      ids.set(row.key, row.id);
    } else {
      missing.push(item);
    }
  }
  if (missing.length > 0) {
    for (const { id, key } of await createMany(missing)) ids.set(key, id);
  }
  return { ids, counts: { created: missing.length, updated: items.length - missing.length } };
}

function idOf(ids: Map<string, string>, slug: string, what: string, owner: string): string {
  const id = ids.get(slug);
  if (!id) throw new Error(`Seed data: ${owner} refers to unknown ${what} "${slug}"`);
  return id;
}

const slugKey = (rows: Array<{ id: string; slug: string; publishedAt?: Date | null }>) =>
  rows.map(({ id, slug, publishedAt }) => ({ id, key: slug, publishedAt: publishedAt ?? null }));

/**
 * Writes the document's records, upserting by slug (ratings by series and year), all published.
 * `publishedAt` is set when a record is first published and kept on later runs. Each seeded
 * record's citations and event links are replaced, so running it again changes nothing.
 */
export async function seedDocument(db: Db, opts: SeedOptions = {}): Promise<SeedSummary> {
  const log = opts.log ?? (() => {});
  const now = new Date();
  const published = (row: ExistingRow) => ({
    status: "PUBLISHED" as const,
    publishedAt: row.publishedAt ?? now,
  });

  return db.$transaction(
    async (tx): Promise<SeedSummary> => {
      const sourceResult = await sync(
        sources,
        (s) => s.slug,
        slugKey(
          await tx.source.findMany({
            where: { slug: { in: sources.map((s) => s.slug) } },
            select: { id: true, slug: true, publishedAt: true },
          }),
        ),
        async (items) =>
          slugKey(
            await tx.source.createManyAndReturn({
              data: items.map((s) => ({ ...sourceData(s), status: "PUBLISHED", publishedAt: now })),
              select: { id: true, slug: true },
            }),
          ),
        (id, s, row) =>
          tx.source.update({ where: { id }, data: { ...sourceData(s), ...published(row) } }),
      );
      log(`sources: ${describe(sourceResult.counts)}`);

      const topicResult = await sync(
        topics,
        (t) => t.slug,
        slugKey(
          await tx.topic.findMany({
            where: { slug: { in: topics.map((t) => t.slug) } },
            select: { id: true, slug: true, publishedAt: true },
          }),
        ),
        async (items) =>
          slugKey(
            await tx.topic.createManyAndReturn({
              data: items.map((t) => ({ ...topicData(t), status: "PUBLISHED", publishedAt: now })),
              select: { id: true, slug: true },
            }),
          ),
        (id, t, row) =>
          tx.topic.update({ where: { id }, data: { ...topicData(t), ...published(row) } }),
      );
      log(`topics: ${describe(topicResult.counts)}`);

      const actorResult = await sync(
        actors,
        (a) => a.slug,
        slugKey(
          await tx.actor.findMany({
            where: { slug: { in: actors.map((a) => a.slug) } },
            select: { id: true, slug: true, publishedAt: true },
          }),
        ),
        async (items) =>
          slugKey(
            await tx.actor.createManyAndReturn({
              data: items.map((a) => ({ ...actorData(a), status: "PUBLISHED", publishedAt: now })),
              select: { id: true, slug: true },
            }),
          ),
        (id, a, row) =>
          tx.actor.update({ where: { id }, data: { ...actorData(a), ...published(row) } }),
      );
      log(`actors: ${describe(actorResult.counts)}`);

      const placeResult = await sync(
        places,
        (p) => p.slug,
        slugKey(
          await tx.place.findMany({
            where: { slug: { in: places.map((p) => p.slug) } },
            select: { id: true, slug: true, publishedAt: true },
          }),
        ),
        async (items) =>
          slugKey(
            await tx.place.createManyAndReturn({
              data: items.map((p) => ({ ...placeData(p), status: "PUBLISHED", publishedAt: now })),
              select: { id: true, slug: true },
            }),
          ),
        (id, p, row) =>
          tx.place.update({ where: { id }, data: { ...placeData(p), ...published(row) } }),
      );
      log(`places: ${describe(placeResult.counts)}`);

      const seriesResult = await sync(
        ratingSeries,
        (s) => s.slug,
        slugKey(
          await tx.ratingSeries.findMany({
            where: { slug: { in: ratingSeries.map((s) => s.slug) } },
            select: { id: true, slug: true },
          }),
        ),
        async (items) =>
          slugKey(
            await tx.ratingSeries.createManyAndReturn({
              data: items,
              select: { id: true, slug: true },
            }),
          ),
        (id, s) => tx.ratingSeries.update({ where: { id }, data: s }),
      );
      log(`rating series: ${describe(seriesResult.counts)}`);

      const seriesIds = seriesResult.ids;
      const ratingKey = (seriesId: string, year: number) => `${seriesId}:${year}`;
      const ratingRows = ratings.map((r) => ({
        citations: r.citations,
        data: ratingData(
          r,
          idOf(seriesIds, r.series, "rating series", `rating ${r.series} ${r.year}`),
        ),
      }));
      const ratingResult = await sync(
        ratingRows,
        ({ data }) => ratingKey(data.seriesId, data.year),
        (
          await tx.rating.findMany({
            where: { seriesId: { in: [...seriesIds.values()] } },
            select: { id: true, seriesId: true, year: true, publishedAt: true },
          })
        ).map((r) => ({
          id: r.id,
          key: ratingKey(r.seriesId, r.year),
          publishedAt: r.publishedAt,
        })),
        async (items) =>
          (
            await tx.rating.createManyAndReturn({
              data: items.map(({ data }) => ({
                ...data,
                workflowStatus: "PUBLISHED",
                publishedAt: now,
              })),
              select: { id: true, seriesId: true, year: true },
            })
          ).map((r) => ({ id: r.id, key: ratingKey(r.seriesId, r.year) })),
        (id, { data }, row) =>
          tx.rating.update({
            where: { id },
            data: { ...data, workflowStatus: "PUBLISHED", publishedAt: row.publishedAt ?? now },
          }),
      );
      log(`ratings: ${describe(ratingResult.counts)}`);

      const eventResult = await sync(
        events,
        (e) => e.slug,
        slugKey(
          await tx.event.findMany({
            where: { slug: { in: events.map((e) => e.slug) } },
            select: { id: true, slug: true, publishedAt: true },
          }),
        ),
        async (items) =>
          slugKey(
            await tx.event.createManyAndReturn({
              data: items.map((e) => ({ ...eventData(e), status: "PUBLISHED", publishedAt: now })),
              select: { id: true, slug: true },
            }),
          ),
        (id, e, row) =>
          tx.event.update({ where: { id }, data: { ...eventData(e), ...published(row) } }),
      );
      log(`events: ${describe(eventResult.counts)}`);

      // Links and citations: delete the seeded records' rows, then write them again in one go each.
      const eventIds = [...eventResult.ids.values()];
      const eventTopics: Prisma.EventTopicCreateManyInput[] = [];
      const eventPlaces: Prisma.EventPlaceCreateManyInput[] = [];
      const eventActors: Prisma.EventActorCreateManyInput[] = [];
      for (const e of events) {
        const eventId = idOf(eventResult.ids, e.slug, "event", e.slug);
        const owner = `event ${e.slug}`;
        e.topics.forEach((slug, position) =>
          eventTopics.push({
            eventId,
            topicId: idOf(topicResult.ids, slug, "topic", owner),
            position,
          }),
        );
        for (const slug of e.places)
          eventPlaces.push({ eventId, placeId: idOf(placeResult.ids, slug, "place", owner) });
        for (const { actor, role } of e.actors) {
          eventActors.push({
            eventId,
            actorId: idOf(actorResult.ids, actor, "actor", owner),
            role,
          });
        }
      }
      await tx.eventTopic.deleteMany({ where: { eventId: { in: eventIds } } });
      await tx.eventPlace.deleteMany({ where: { eventId: { in: eventIds } } });
      await tx.eventActor.deleteMany({ where: { eventId: { in: eventIds } } });
      await tx.eventTopic.createMany({ data: eventTopics });
      await tx.eventPlace.createMany({ data: eventPlaces });
      await tx.eventActor.createMany({ data: eventActors });

      const citations: Prisma.CitationCreateManyInput[] = [];
      const addCitations = (
        list: readonly SeedCitation[],
        owner: string,
        target: { eventId: string } | { ratingId: string } | { topicId: string },
      ) =>
        list.forEach((c, position) =>
          citations.push({
            ...target,
            sourceId: idOf(sourceResult.ids, c.source, "source", owner),
            locator: c.locator ?? null,
            quote: c.quote ?? null,
            attributedTo: c.attributedTo ?? null,
            position,
          }),
        );
      for (const t of topics)
        addCitations(t.citations, `topic ${t.slug}`, {
          topicId: idOf(topicResult.ids, t.slug, "topic", t.slug),
        });
      for (const e of events)
        addCitations(e.citations, `event ${e.slug}`, {
          eventId: idOf(eventResult.ids, e.slug, "event", e.slug),
        });
      for (const { citations: list, data } of ratingRows) {
        const ratingId = idOf(
          ratingResult.ids,
          ratingKey(data.seriesId, data.year),
          "rating",
          `rating ${data.year}`,
        );
        addCitations(list, `rating ${data.year}`, { ratingId });
      }
      const ratingIds = [...ratingResult.ids.values()];
      const topicIds = [...topicResult.ids.values()];
      await tx.citation.deleteMany({
        where: {
          OR: [
            { eventId: { in: eventIds } },
            { ratingId: { in: ratingIds } },
            { topicId: { in: topicIds } },
          ],
        },
      });
      await tx.citation.createMany({ data: citations });
      const facts = await writeTopicFacts(tx, topicResult.ids, sourceResult.ids);
      log(`topic facts: ${facts.facts}, with ${facts.citations} citations`);
      const eventLinks = eventTopics.length + eventPlaces.length + eventActors.length;
      log(`citations: ${citations.length}; event links: ${eventLinks}`);

      const caseResult = await seedCases(
        tx,
        {
          sources: sourceResult.ids,
          actors: actorResult.ids,
          events: eventResult.ids,
          topics: topicResult.ids,
        },
        now,
      );
      log(`cases: ${describe(caseResult)}`);

      const translationResult = await seedTranslationsInto(
        tx,
        {
          events: eventResult.ids,
          topics: topicResult.ids,
          places: placeResult.ids,
          ratingSeries: seriesResult.ids,
        },
        now,
      );
      log(`translations: ${describe(translationResult)}`);

      // The changes feed: each seeded record is PUBLISHED if the public had not seen it, else
      // UPDATED (a run may have changed it), so a mirror following the feed sees the seed too.
      for (const [type, ids] of [
        ["SOURCE", sourceResult.ids],
        ["TOPIC", topicResult.ids],
        ["ACTOR", actorResult.ids],
        ["PLACE", placeResult.ids],
        ["RATING", ratingResult.ids],
        ["EVENT", eventResult.ids],
        ["CASE", caseResult.ids],
      ] as const) {
        const all = [...ids.values()];
        await recordChangeLog(tx, type, all, all);
      }

      return {
        sources: sourceResult.counts,
        topics: topicResult.counts,
        actors: actorResult.counts,
        places: placeResult.counts,
        ratingSeries: seriesResult.counts,
        ratings: ratingResult.counts,
        events: eventResult.counts,
        cases: { created: caseResult.created, updated: caseResult.updated },
        citations: citations.length + caseResult.citations + facts.citations,
        eventLinks,
        topicFacts: facts.facts,
      };
    },
    // One transaction for the whole document: a failed run leaves the database as it was.
    { maxWait: 10_000, timeout: 60_000 },
  );
}

/**
 * Replaces the seeded topics' facts (their citations go with them) with the data's, numbered in
 * order within each topic. The data migration `*_seed_topic_facts_from_the_document` writes the
 * same rows (seed-topic-facts.int.test.ts compares them).
 */
async function writeTopicFacts(
  tx: Prisma.TransactionClient,
  topicIds: Map<string, string>,
  sourceIds: Map<string, string>,
): Promise<{ facts: number; citations: number }> {
  await tx.topicFact.deleteMany({ where: { topicId: { in: [...topicIds.values()] } } });
  const positions = new Map<string, number>();
  const rows = topicFacts.map((f) => {
    const position = positions.get(f.topic) ?? 0;
    positions.set(f.topic, position + 1);
    return {
      ...topicFactData(f),
      id: topicFactId(f.topic, position),
      topicId: idOf(topicIds, f.topic, "topic", `fact "${f.label}"`),
      position,
    };
  });
  await tx.topicFact.createMany({ data: rows });
  const { count } = await tx.citation.createMany({
    data: topicFacts.flatMap((f, i) =>
      f.citations.map((c, position) => ({
        topicFactId: rows[i]!.id,
        sourceId: idOf(sourceIds, c.source, "source", `fact "${f.label}"`),
        locator: c.locator ?? null,
        quote: c.quote ?? null,
        attributedTo: c.attributedTo ?? null,
        position,
      })),
    ),
  });
  return { facts: rows.length, citations: count };
}

function topicFactData(f: SeedTopicFact) {
  return {
    kind: f.kind,
    label: f.label,
    value: f.value ?? null,
    qualifier: f.qualifier ?? null,
    unit: f.unit ?? null,
    asOf: f.asOf ?? null,
  };
}

function describe({ created, updated }: UpsertCounts): string {
  return `${created} created, ${updated} updated`;
}

function sourceData(s: SeedSource) {
  return {
    slug: s.slug,
    title: s.title,
    publisher: s.publisher,
    kind: s.kind,
    url: s.url ?? null,
    publishedDate: s.publishedDate ? toDate(s.publishedDate) : null,
    notes: s.notes ?? "",
  };
}

function actorData(a: SeedActor) {
  return {
    slug: a.slug,
    name: a.name,
    kind: a.kind,
    otherNames: a.otherNames ?? [],
    description: a.description ?? "",
  };
}

function placeData(p: SeedPlace) {
  return {
    slug: p.slug,
    name: p.name,
    otherNames: p.otherNames ?? [],
    region: p.region ?? null,
    latitude: p.latitude,
    longitude: p.longitude,
  };
}

function topicData(t: SeedTopic) {
  return { slug: t.slug, name: t.name, overview: t.overview, position: t.position };
}

// Absent optional fields are written as null so an update clears what the data no longer has.
function ratingData(r: SeedRating, seriesId: string) {
  return {
    seriesId,
    ...ratingFigures(r),
    headOfState: r.headOfState ?? null,
    note: r.note ?? null,
  };
}

function eventData(e: SeedEvent) {
  return {
    slug: e.slug,
    title: e.title,
    summary: e.summary,
    body: e.body,
    startDate: toDate(e.startDate),
    endDate: e.endDate ? toDate(e.endDate) : null,
    datePrecision: e.datePrecision,
  };
}

// ───────────── The first administrator ─────────────

export const DEFAULT_ADMIN_EMAIL = "admin@example.org";
const MIN_PASSWORD_LENGTH = 12;
// Same limit as the login form, so the password can be typed in.
const MAX_PASSWORD_LENGTH = 200;
// Normalised as the login form normalises it, so the address can be typed in.
const adminEmail = z.string().trim().toLowerCase().pipe(z.email());

/** A problem with the admin user's details, written for the person running the seed; no stack needed. */
export class AdminUserError extends Error {
  override name = "AdminUserError";
}

export interface EnsureAdminOptions {
  email?: string;
  password?: string;
}

export interface EnsureAdminResult {
  email: string;
  /** The generated password, to be shown once; null when one was supplied or nothing was created. */
  password: string | null;
  created: boolean;
}

/**
 * Creates the first ADMIN user if there is none. Without a password, a random one is generated and
 * returned so the caller can show it once; there is no default password.
 */
export async function ensureAdminUser(
  db: Db,
  opts: EnsureAdminOptions = {},
): Promise<EnsureAdminResult> {
  const existing = await db.user.findFirst({
    where: { role: "ADMIN" },
    orderBy: { createdAt: "asc" },
    select: { email: true },
  });
  if (existing) return { email: existing.email, password: null, created: false };

  const parsedEmail = adminEmail.safeParse(opts.email ?? DEFAULT_ADMIN_EMAIL);
  if (!parsedEmail.success)
    throw new AdminUserError(`"${opts.email}" is not a valid email address for the admin user.`);
  const email = parsedEmail.data;
  if (opts.password !== undefined) {
    const { length } = opts.password;
    if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
      throw new AdminUserError(
        `The admin password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters long.`,
      );
    }
  }
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AdminUserError(
      `A user ${email} already exists but is not an admin; choose another admin email address.`,
    );
  }

  const generated = opts.password === undefined;
  // 24 random bytes: 32 base64url characters.
  const password = opts.password ?? randomBytes(24).toString("base64url");
  await db.user.create({
    data: {
      email,
      name: "Administrator",
      passwordHash: await hashPassword(password),
      role: "ADMIN",
    },
  });
  return { email, password: generated ? password : null, created: true };
}
