import { recordChangeLog } from "../change-log";
import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";
import {
  SYNTHETIC_SLUG_PREFIX,
  syntheticEvent,
  syntheticSource,
  type Catalog,
  type SyntheticEvent,
} from "./generate";

export interface SyntheticOptions {
  events: number;
  log?: (message: string) => void;
  /** Events written per statement; each batch is one multi-row INSERT per table. */
  batchSize?: number;
}

export interface SyntheticSummary {
  events: number;
  sources: number;
  citations: number;
  eventLinks: number;
  ms: number;
}

/** Refusals the person running the generator can act on; no stack trace needed. */
export class SyntheticSeedError extends Error {
  override name = "SyntheticSeedError";
}

type Tx = Prisma.TransactionClient;

const LIKE_SYNTHETIC = `${SYNTHETIC_SLUG_PREFIX}%`;
// One source per this many events: a realistic ratio of reports and articles to incidents.
const EVENTS_PER_SOURCE = 50;
const MIN_SOURCES = 20;
const CHANGE_LOG_CHUNK = 5_000;

/** How many synthetic events and sources the database holds. */
export async function countSynthetic(db: Db | Tx): Promise<{ events: number; sources: number }> {
  const [row] = await db.$queryRaw<Array<{ events: number; sources: number }>>`
    SELECT (SELECT count(*) FROM "Event" WHERE slug LIKE ${LIKE_SYNTHETIC})::int AS events,
           (SELECT count(*) FROM "Source" WHERE slug LIKE ${LIKE_SYNTHETIC})::int AS sources`;
  return row ?? { events: 0, sources: 0 };
}

/** The seeded records to link to: published topics, places and actors. */
async function loadCatalog(tx: Tx): Promise<Omit<Catalog, "sourceIds">> {
  const topics = await tx.topic.findMany({
    where: {
      status: "PUBLISHED",
      deletedAt: null,
      slug: { not: { startsWith: SYNTHETIC_SLUG_PREFIX } },
    },
    select: { id: true, slug: true, name: true },
    orderBy: { position: "asc" },
  });
  const places = await tx.place.findMany({
    where: { status: "PUBLISHED", deletedAt: null },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const actors = await tx.actor.findMany({
    where: { status: "PUBLISHED", deletedAt: null },
    select: { id: true, kind: true },
    orderBy: { slug: "asc" },
  });
  if (!topics.length || !places.length) {
    throw new SyntheticSeedError(
      "Synthetic events link to existing published topics and places, and there are none: run npm run db:seed first.",
    );
  }
  return { topics, places, actors };
}

async function insertSources(tx: Tx, count: number): Promise<string[]> {
  const rows = Array.from({ length: count }, (_, i) => syntheticSource(i + 1));
  const col = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((r) => r[key]);
  await tx.$executeRaw`
    INSERT INTO "Source" (id, slug, title, publisher, kind, url, "publishedDate", notes,
                          status, "publishedAt", "updatedAt")
    SELECT s.id, s.slug, s.title, s.publisher, s.kind::"SourceKind", s.url, s.published::date,
           s.notes, 'PUBLISHED', now(), now()
    FROM unnest(${col("id")}::text[], ${col("slug")}::text[], ${col("title")}::text[],
                ${col("publisher")}::text[], ${col("kind")}::text[], ${col("url")}::text[],
                ${col("publishedDate")}::text[], ${col("notes")}::text[])
      AS s(id, slug, title, publisher, kind, url, published, notes)`;
  return col("id");
}

/** One batch of events with their links and citations: five multi-row INSERTs. */
async function insertEvents(
  tx: Tx,
  events: SyntheticEvent[],
): Promise<{ links: number; citations: number }> {
  const col = <K extends keyof SyntheticEvent>(key: K) => events.map((e) => e[key]);
  await tx.$executeRaw`
    INSERT INTO "Event" (id, slug, title, summary, body, "startDate", "endDate", "datePrecision",
                         status, "publishedAt", "updatedAt")
    SELECT e.id, e.slug, e.title, e.summary, e.body, e.start::date, e.finish::date,
           e.precision::"DatePrecision", 'PUBLISHED', e.published::timestamp, now()
    FROM unnest(${col("id")}::text[], ${col("slug")}::text[], ${col("title")}::text[],
                ${col("summary")}::text[], ${col("body")}::text[], ${col("startDate")}::text[],
                ${col("endDate")}::text[], ${col("datePrecision")}::text[],
                ${col("publishedAt")}::text[])
      AS e(id, slug, title, summary, body, start, finish, precision, published)`;

  const topics = events.flatMap((e) =>
    e.topicIds.map((topicId, position) => ({ eventId: e.id, topicId, position })),
  );
  const places = events.flatMap((e) => e.placeIds.map((placeId) => ({ eventId: e.id, placeId })));
  const actors = events.flatMap((e) => e.actors.map((a) => ({ eventId: e.id, ...a })));
  const citations = events.flatMap((e) =>
    e.citations.map((c, position) => ({ eventId: e.id, position, ...c })),
  );
  await tx.$executeRaw`
    INSERT INTO "EventTopic" ("eventId", "topicId", position)
    SELECT * FROM unnest(${topics.map((t) => t.eventId)}::text[], ${topics.map((t) => t.topicId)}::text[],
                         ${topics.map((t) => t.position)}::int[])`;
  await tx.$executeRaw`
    INSERT INTO "EventPlace" ("eventId", "placeId")
    SELECT * FROM unnest(${places.map((p) => p.eventId)}::text[], ${places.map((p) => p.placeId)}::text[])`;
  if (actors.length) {
    await tx.$executeRaw`
      INSERT INTO "EventActor" ("eventId", "actorId", role)
      SELECT * FROM unnest(${actors.map((a) => a.eventId)}::text[], ${actors.map((a) => a.actorId)}::text[],
                           ${actors.map((a) => a.role)}::text[])`;
  }
  await tx.$executeRaw`
    INSERT INTO "Citation" (id, "sourceId", "eventId", locator, quote, position)
    SELECT * FROM unnest(${citations.map((c) => c.id)}::text[], ${citations.map((c) => c.sourceId)}::text[],
                         ${citations.map((c) => c.eventId)}::text[], ${citations.map((c) => c.locator)}::text[],
                         ${citations.map((c) => c.quote)}::text[], ${citations.map((c) => c.position)}::int[])`;
  return { links: topics.length + places.length + actors.length, citations: citations.length };
}

/** Announces the new public records in the changes feed, as publishing them one by one would. */
async function announce(tx: Tx, type: "EVENT" | "SOURCE", ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += CHANGE_LOG_CHUNK) {
    await recordChangeLog(tx, type, ids.slice(i, i + CHANGE_LOG_CHUNK));
  }
}

/**
 * Adds `events` published synthetic events (slugs `synthetic-…`, titles marked "[Synthetic]"),
 * linked to the seeded topics, places and actors and cited to synthetic sources, in one
 * transaction: a failed run leaves nothing behind. Refuses when synthetic records already exist, so
 * it never doubles them; start from a freshly seeded database to change the count.
 */
export async function seedSynthetic(db: Db, opts: SyntheticOptions): Promise<SyntheticSummary> {
  const log = opts.log ?? (() => {});
  const batchSize = opts.batchSize ?? 2_000;
  if (!Number.isInteger(opts.events) || opts.events < 1) {
    throw new SyntheticSeedError(
      `The number of events must be a positive whole number, not ${opts.events}.`,
    );
  }
  const started = Date.now();
  return db.$transaction(
    async (tx) => {
      const existing = await countSynthetic(tx);
      if (existing.events || existing.sources) {
        throw new SyntheticSeedError(
          `The database already holds ${existing.events} synthetic events and ${existing.sources} synthetic sources. ` +
            "To seed a different number, start from a fresh database (create it, " +
            "npm run db:migrate, npm run db:seed), then run this again.",
        );
      }
      const catalog = await loadCatalog(tx);
      const sourceCount = Math.max(MIN_SOURCES, Math.ceil(opts.events / EVENTS_PER_SOURCE));
      const sourceIds = await insertSources(tx, sourceCount);
      log(`sources: ${sourceCount} created`);

      const eventIds: string[] = [];
      let links = 0;
      let citations = 0;
      for (let first = 1; first <= opts.events; first += batchSize) {
        const last = Math.min(opts.events, first + batchSize - 1);
        const batch: SyntheticEvent[] = [];
        for (let n = first; n <= last; n += 1)
          batch.push(syntheticEvent(n, { ...catalog, sourceIds }));
        const written = await insertEvents(tx, batch);
        links += written.links;
        citations += written.citations;
        eventIds.push(...batch.map((e) => e.id));
        log(`events: ${last} of ${opts.events} (${Math.round((Date.now() - started) / 1000)} s)`);
      }

      await announce(tx, "SOURCE", sourceIds);
      await announce(tx, "EVENT", eventIds);
      log("changes feed: the new events and sources announced as PUBLISHED");
      return {
        events: opts.events,
        sources: sourceCount,
        citations,
        eventLinks: links,
        ms: Date.now() - started,
      };
    },
    // 100 000 events take about a minute; the default 5 s would abort them.
    { maxWait: 10_000, timeout: 30 * 60_000 },
  );
}
