import { Prisma, type Db } from "@kz/db";

import {
  byPublicName,
  publicActor,
  publicActorIdBySlug,
  publicActorSelect,
} from "../actor/public-actor";
import { parseIsoDate } from "../shared/dates";
import { matchingIds } from "../shared/fulltext.sql";
import { publishedActor, publishedPlace, publishedTopic } from "../shared/visibility";
import type { EventFacetInput, EventFacets, EventTimeline } from "./event.facets.schema";

type Facet = "topics" | "places" | "actors" | "years";
type Filters = Pick<EventFacetInput, "topics" | "places" | "actors" | "years">;

const ACTOR_LIMIT = 30;

/** The published actors at these public addresses (unknown ones dropped). */
export async function publicActorIds(db: Db, slugs: string[]): Promise<string[]> {
  const ids = await Promise.all(slugs.map((slug) => publicActorIdBySlug(db, slug)));
  return ids.filter((id): id is string => id !== null);
}

const yearRange = (year: number) => ({
  gte: parseIsoDate(`${year}-01-01`),
  lte: parseIsoDate(`${year}-12-31`),
});

/**
 * The list's conditions for the several-valued filters, as Prisma reads them (`event.list`);
 * `facetSql` below says the same in SQL for the counts. `actorIds`: `filters.actors` resolved.
 */
export function facetListConditions(
  filters: Filters,
  actorIds: string[] | undefined,
): Prisma.EventWhereInput[] {
  const and: Prisma.EventWhereInput[] = [];
  if (filters.topics?.length)
    and.push({ topics: { some: { topic: { slug: { in: filters.topics }, ...publishedTopic } } } });
  if (filters.places?.length)
    and.push({ places: { some: { place: { slug: { in: filters.places }, ...publishedPlace } } } });
  if (filters.actors?.length) and.push({ actors: { some: { actorId: { in: actorIds ?? [] } } } });
  if (filters.years?.length)
    and.push({ OR: filters.years.map((y) => ({ startDate: yearRange(y) })) });
  return and;
}

const PUBLISHED = (alias: string) =>
  Prisma.raw(`${alias}.status = 'PUBLISHED' AND ${alias}."deletedAt" IS NULL`);

interface Resolved {
  input: EventFacetInput;
  /** Ids matching `q`, or null without one. */
  matching: string[] | null;
  /** The published records the slugs name (unknown or hidden ones dropped). */
  ids: Record<"topics" | "places" | "actors", string[]>;
}

const LINK_TABLES = {
  topics: { table: Prisma.raw(`"EventTopic"`), key: Prisma.raw(`"topicId"`) },
  places: { table: Prisma.raw(`"EventPlace"`), key: Prisma.raw(`"placeId"`) },
  actors: { table: Prisma.raw(`"EventActor"`), key: Prisma.raw(`"actorId"`) },
} as const;

/**
 * The conditions on `"Event" e` besides being published, for every filter but `except` (a facet
 * counts without its own). Linked records travel as ids, so each condition is one range of the
 * link table's (recordId, eventId) index.
 */
function conditions({ input, matching, ids }: Resolved, except?: Facet): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (matching) and.push(Prisma.sql`e.id = ANY(${matching}::text[])`);
  for (const facet of ["topics", "places", "actors"] as const) {
    if (except === facet || !input[facet]?.length) continue;
    const { table, key } = LINK_TABLES[facet];
    and.push(
      Prisma.sql`e.id IN (SELECT "eventId" FROM ${table} WHERE ${key} = ANY(${ids[facet]}::text[]))`,
    );
  }
  // Ranges, not EXTRACT(YEAR …): the (status, deletedAt, startDate) index serves them.
  if (except !== "years" && input.years?.length)
    and.push(
      Prisma.sql`(${Prisma.join(
        input.years.map(
          (y) =>
            Prisma.sql`(e."startDate" >= make_date(${y}::int, 1, 1) AND e."startDate" < make_date(${y}::int + 1, 1, 1))`,
        ),
        " OR ",
      )})`,
    );
  if (input.from) and.push(Prisma.sql`e."startDate" >= ${input.from}::date`);
  if (input.to) and.push(Prisma.sql`e."startDate" <= ${input.to}::date`);
  return and;
}

/** The WHERE over `"Event" e` for the published events under every filter but `except`. */
const eventsWhere = (r: Resolved, except?: Facet) =>
  Prisma.join([PUBLISHED("e"), ...conditions(r, except)], " AND ");

// An event the public cannot see. Enum ranges, not `status <> 'PUBLISHED'`, so the
// (status, deletedAt) index finds the few such events (as event.count.ts does).
const HIDDEN_EVENT_IDS = Prisma.sql`SELECT id FROM "Event" WHERE status < 'PUBLISHED' OR status > 'PUBLISHED'
  OR (status = 'PUBLISHED' AND "deletedAt" IS NOT NULL)`;

/**
 * Matching events per linked record, by the record's id. Without other filters the links are
 * counted minus those to hidden events (one pass over the link index, no visit to the events);
 * with them, the matching events' ids are hashed once and the links counted against them.
 */
async function countLinks(db: Db, r: Resolved, facet: "topics" | "places" | "actors") {
  const { table, key } = LINK_TABLES[facet];
  const others = conditions(r, facet);
  const events = others.length
    ? Prisma.sql`l."eventId" IN (SELECT e.id FROM "Event" e WHERE ${eventsWhere(r, facet)})`
    : Prisma.sql`l."eventId" NOT IN (${HIDDEN_EVENT_IDS})`;
  // An actor may be linked to one event in several roles: each event counts once.
  const counted =
    facet === "actors" ? Prisma.sql`count(DISTINCT l."eventId")` : Prisma.sql`count(*)`;
  const rows = await db.$queryRaw<Array<{ id: string; count: number }>>`
    SELECT l.${key} AS id, ${counted}::int AS count FROM ${table} l WHERE ${events} GROUP BY 1`;
  return new Map(rows.map((row) => [row.id, row.count]));
}

async function resolve(db: Db, input: EventFacetInput): Promise<Resolved> {
  const idsOf = async (rows: Promise<Array<{ id: string }>>) => (await rows).map((r) => r.id);
  const [matching, topics, places, actors] = await Promise.all([
    input.q ? matchingIds(db, "event", input.q) : null,
    input.topics?.length
      ? idsOf(
          db.topic.findMany({
            where: { slug: { in: input.topics }, ...publishedTopic },
            select: { id: true },
          }),
        )
      : [],
    input.places?.length
      ? idsOf(
          db.place.findMany({
            where: { slug: { in: input.places }, ...publishedPlace },
            select: { id: true },
          }),
        )
      : [],
    input.actors?.length ? publicActorIds(db, input.actors) : [],
  ]);
  return { input, matching, ids: { topics, places, actors } };
}

const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;

/**
 * The filter values on offer for a list of published events, each with its count (see
 * eventFacetsOutput).
 */
export async function eventFacets(db: Db, input: EventFacetInput): Promise<EventFacets> {
  const r = await resolve(db, input);
  const [total, topicCounts, placeCounts, actorCounts, years] = await Promise.all([
    db.$queryRaw<Array<{ total: number }>>`
      SELECT count(*)::int AS total FROM "Event" e WHERE ${eventsWhere(r)}`,
    countLinks(db, r, "topics"),
    countLinks(db, r, "places"),
    countLinks(db, r, "actors"),
    db.$queryRaw<Array<{ year: number; count: number }>>`
      SELECT EXTRACT(YEAR FROM e."startDate")::int AS year, count(*)::int AS count
      FROM "Event" e WHERE ${eventsWhere(r, "years")}
      GROUP BY 1 ORDER BY 1`,
  ]);
  // The most linked actors, and the chosen ones so a rare one stays on offer; by id after the
  // count, never by name (a protected person's real name must not place them).
  const actorIds = [...actorCounts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, ACTOR_LIMIT)
    .map(([id]) => id);
  const [topics, places, actors] = await Promise.all([
    db.topic.findMany({
      where: { id: { in: [...topicCounts.keys()] }, ...publishedTopic },
      select: { id: true, slug: true, name: true },
      orderBy: [{ position: "asc" }, { name: "asc" }],
    }),
    db.place.findMany({
      where: { id: { in: [...placeCounts.keys()] }, ...publishedPlace },
      select: { id: true, slug: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.actor.findMany({
      where: { id: { in: [...new Set([...actorIds, ...r.ids.actors])] }, ...publishedActor },
      select: { id: true, ...publicActorSelect },
    }),
  ]);
  // Array.sort is stable: equal counts keep the registry's (topics) or name (places) order.
  const counted = (
    rows: Array<{ id: string; slug: string; name: string }>,
    counts: Map<string, number>,
  ) =>
    rows
      .map((row) => ({ slug: row.slug, name: row.name, count: counts.get(row.id) ?? 0 }))
      .filter((v) => v.count > 0)
      .sort(byCount);
  return {
    total: total[0]?.total ?? 0,
    topics: counted(topics, topicCounts),
    places: counted(places, placeCounts),
    actors: actors
      .map((row) => ({ ...publicActor(row), count: actorCounts.get(row.id) ?? 0 }))
      .filter((v) => v.count > 0)
      .sort((a, b) => byCount(a, b) || byPublicName(a, b))
      .map(({ slug, name, count }) => ({ slug, name, count })),
    years,
  };
}

/**
 * Published events per year under the filter (its years aside: every year is a bar), each counted
 * once, under its first published topic.
 */
export async function eventTimeline(db: Db, input: EventFacetInput): Promise<EventTimeline> {
  const r = await resolve(db, input);
  const [rows, topics] = await Promise.all([
    db.$queryRaw<Array<{ year: number; slug: string | null; count: number }>>`
      SELECT EXTRACT(YEAR FROM e."startDate")::int AS year, first.slug, count(*)::int AS count
      FROM "Event" e
      LEFT JOIN LATERAL (
        SELECT t.slug FROM "EventTopic" l JOIN "Topic" t ON t.id = l."topicId"
        WHERE l."eventId" = e.id AND ${PUBLISHED("t")}
        ORDER BY l.position, t.position LIMIT 1
      ) first ON true
      WHERE ${eventsWhere(r, "years")}
      GROUP BY 1, 2 ORDER BY 1`,
    db.topic.findMany({
      where: publishedTopic,
      select: { slug: true, name: true },
      orderBy: [{ position: "asc" }, { name: "asc" }],
    }),
  ]);
  const years = new Map<number, EventTimeline["years"][number]>();
  for (const row of rows) {
    const year = years.get(row.year) ?? { year: row.year, count: 0, topics: [] };
    year.count += row.count;
    year.topics.push({ slug: row.slug, count: row.count });
    years.set(row.year, year);
  }
  const used = new Set(rows.map((row) => row.slug));
  return { years: [...years.values()], topics: topics.filter((t) => used.has(t.slug)) };
}
