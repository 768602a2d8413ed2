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
import { localizeLinks } from "../translation/translation.apply";
import { countFacets, currentFacetIndex } from "./event.facet-index";
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
 * `eventsWhere` below says the same in SQL for the counts. `actorIds`: `filters.actors` resolved.
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
  /** Ids matching `q`, or null without one: found once, not in each count (a seq scan at 100 000). */
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
 * The filters on the event's own columns (years, date range, `q`) but `except`, over `"Event" e`.
 * Ranges, not EXTRACT(YEAR …): the (status, deletedAt, startDate) index serves them.
 */
function ownConditions({ input, matching }: Resolved, except?: Facet): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (matching) and.push(Prisma.sql`e.id = ANY(${matching}::text[])`);
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

/**
 * The filters through links (topics, places, actors) but `except`, each as the set of event ids
 * `eventId` must be in: one range of the link table's (recordId, eventId) index, read index-only.
 */
function linkConditions({ input, ids }: Resolved, eventId: Prisma.Sql, except?: Facet) {
  return (["topics", "places", "actors"] as const)
    .filter((facet) => facet !== except && input[facet]?.length)
    .map((facet) => {
      const { table, key } = LINK_TABLES[facet];
      return Prisma.sql`${eventId} IN (SELECT "eventId" FROM ${table} WHERE ${key} = ANY(${ids[facet]}::text[]))`;
    });
}

/** The WHERE over `"Event" e` for the published events under every filter but `except`. */
const eventsWhere = (r: Resolved, except?: Facet) =>
  Prisma.join(
    [PUBLISHED("e"), ...ownConditions(r, except), ...linkConditions(r, Prisma.raw(`e.id`), except)],
    " AND ",
  );

// An event the public cannot see. Enum ranges, not `status <> 'PUBLISHED'`, so the
// (status, deletedAt) index finds the few such events (as event.count.ts does).
const HIDDEN_EVENT_IDS = Prisma.sql`SELECT id FROM "Event" WHERE status < 'PUBLISHED' OR status > 'PUBLISHED'
  OR (status = 'PUBLISHED' AND "deletedAt" IS NOT NULL)`;

/**
 * Matching events per linked record, as rows of the facet's counts. The links are read, never
 * joined to every event: each link filter is a set of event ids from another link index, and the
 * event's own filters one set from the Event indexes; with none of those, the links of hidden events
 * (a handful) are left out. Hashing 100 000 events' ids to join them took twice as long (EXPLAIN
 * ANALYZE at 100 000 events, a topic filter).
 */
function linkCounts(r: Resolved, facet: "topics" | "places" | "actors") {
  const { table, key } = LINK_TABLES[facet];
  const eventId = Prisma.raw(`l."eventId"`);
  const own = ownConditions(r, facet);
  const visible = own.length
    ? Prisma.sql`${eventId} IN (SELECT e.id FROM "Event" e WHERE ${Prisma.join([PUBLISHED("e"), ...own], " AND ")})`
    : Prisma.sql`${eventId} NOT IN (${HIDDEN_EVENT_IDS})`;
  // An actor may be linked to one event in several roles: each event counts once.
  const counted =
    facet === "actors" ? Prisma.sql`count(DISTINCT ${eventId})` : Prisma.sql`count(*)`;
  return Prisma.sql`
    SELECT ${facet}::text AS facet, l.${key} AS key, ${counted}::int AS count FROM ${table} l
    WHERE ${Prisma.join([visible, ...linkConditions(r, eventId, facet)], " AND ")} GROUP BY l.${key}`;
}

type CountRow = { facet: Facet | "total"; key: string | null; count: number };

/**
 * Every count of the facets, as rows tagged with their facet. Separate statements, side by side:
 * one UNION ALL statement of the five measured two to three times slower on two cores.
 */
async function counts(db: Db, r: Resolved): Promise<CountRow[]> {
  const statements = [
    Prisma.sql`SELECT 'total' AS facet, NULL AS key, count(*)::int AS count FROM "Event" e WHERE ${eventsWhere(r)}`,
    Prisma.sql`SELECT 'years' AS facet, EXTRACT(YEAR FROM e."startDate")::int::text AS key, count(*)::int AS count
      FROM "Event" e WHERE ${eventsWhere(r, "years")} GROUP BY 2`,
    linkCounts(r, "topics"),
    linkCounts(r, "places"),
    linkCounts(r, "actors"),
  ];
  return (await Promise.all(statements.map((sql) => db.$queryRaw<CountRow[]>(sql)))).flat();
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
 * eventFacetsOutput): counted over the in-memory index (event.facet-index.ts), `q` as the ids its
 * one indexed text match returns; topics and places named in `locale` where published.
 */
export async function eventFacets(db: Db, input: EventFacetInput): Promise<EventFacets> {
  const [r, index] = await Promise.all([resolve(db, input), currentFacetIndex(db)]);
  return localizeLinks(db, input.locale, await present(db, r, countFacets(index, r)));
}

/** The same, counted in SQL: the reference the index is held to (event.facet-index.int.test.ts). */
export async function eventFacetsFromSql(db: Db, input: EventFacetInput): Promise<EventFacets> {
  const r = await resolve(db, input);
  return present(db, r, await counts(db, r));
}

/** The counts' records, named and ordered as eventFacetsOutput says. */
async function present(db: Db, r: Resolved, rows: CountRow[]): Promise<EventFacets> {
  const countsOf = (facet: Facet) =>
    new Map(rows.filter((row) => row.facet === facet).map((row) => [row.key!, row.count]));
  const [topicCounts, placeCounts, actorCounts] = [
    countsOf("topics"),
    countsOf("places"),
    countsOf("actors"),
  ];
  const years = [...countsOf("years")]
    .map(([year, count]) => ({ year: Number(year), count }))
    .sort((a, b) => a.year - b.year);
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
    total: rows.find((row) => row.facet === "total")?.count ?? 0,
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
 * once, under its first published topic; the topics named in `locale` where published.
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
  return localizeLinks(db, input.locale, {
    years: [...years.values()],
    topics: topics.filter((t) => used.has(t.slug)),
  });
}
