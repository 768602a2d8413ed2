import type { Db, Prisma } from "@kz/db";

import {
  byPublicName,
  publicActor,
  publicActorIdBySlug,
  publicActorSelect,
  type PublicActorRow,
} from "../actor/public-actor";
import { notFound } from "../errors";
import { toCitation, visibleCitations } from "../shared/citations";
import { parseIsoDate, toInstantOrNull, toIsoDate, toIsoDateOrNull } from "../shared/dates";
import { lower } from "../shared/enums";
import { matchingIds } from "../shared/fulltext.sql";
import { cursorPosition, dateKey, keysetPageOf } from "../shared/pagination";
import {
  publishedActor,
  publishedEvent,
  publishedPlace,
  publishedSource,
  publishedTopic,
} from "../shared/visibility";
import { countLinkedEvents } from "./event.count";
import { facetListConditions, publicActorIds } from "./event.facets";
import type {
  EventBySlugInput,
  EventDetail,
  EventListInput,
  EventListOutput,
  EventSummary,
} from "./event.schema";

export interface SiteContext {
  siteUrl: string;
}

const summaryRelations = {
  topics: {
    where: { topic: publishedTopic },
    orderBy: { position: "asc" },
    include: { topic: { select: { slug: true, name: true } } },
  },
  places: {
    where: { place: publishedPlace },
    orderBy: { place: { name: "asc" } },
    include: { place: { select: { slug: true, name: true } } },
  },
} satisfies Prisma.EventInclude;

/**
 * The columns and relations of an EventSummary, without its source count: every read of summaries
 * selects only these (not the body) and counts sources with withSourceCounts, never with Prisma's
 * `_count`, which aggregates every citation in the table and joins the result (hundreds of
 * milliseconds at 100 000 events).
 */
export const eventSummarySelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  updatedAt: true,
  ...summaryRelations,
} satisfies Prisma.EventSelect;

export type EventWithSummary = Prisma.EventGetPayload<{ select: typeof eventSummarySelect }> & {
  _count: { citations: number };
};

/**
 * The published events matching `where`, oldest first, as summaries: the events a record's public
 * page lists (a place's, a topic's, a source's).
 */
export async function publishedEventSummaries(
  db: Db,
  where: Prisma.EventWhereInput,
  siteUrl: string,
): Promise<EventSummary[]> {
  const rows = await db.event.findMany({
    where: { ...publishedEvent, ...where },
    select: eventSummarySelect,
    orderBy: chronological,
  });
  return (await withSourceCounts(db, rows)).map((e) => toEventSummary(e, siteUrl));
}

/** Adds each event's count of citations with a published source, counted for these events only. */
export async function withSourceCounts<Row extends { id: string }>(
  db: Db,
  events: Row[],
): Promise<Array<Row & { _count: { citations: number } }>> {
  if (!events.length) return [];
  const counts = await db.citation.groupBy({
    by: ["eventId"],
    where: { eventId: { in: events.map((e) => e.id) }, source: publishedSource },
    _count: { _all: true },
  });
  const byId = new Map(counts.map((c) => [c.eventId, c._count._all]));
  return events.map((e) => ({ ...e, _count: { citations: byId.get(e.id) ?? 0 } }));
}

/** Events embedded in a topic, actor, place or source read as a history: oldest first. */
export const chronological = [
  { startDate: "asc" },
  { id: "asc" },
] satisfies Prisma.EventOrderByWithRelationInput[];

export function toEventSummary(event: EventWithSummary, siteUrl: string): EventSummary {
  return {
    id: event.id,
    slug: event.slug,
    title: event.title,
    summary: event.summary,
    startDate: toIsoDate(event.startDate),
    endDate: toIsoDateOrNull(event.endDate),
    datePrecision: lower(event.datePrecision),
    topics: event.topics.map(({ topic }) => topic),
    places: event.places.map(({ place }) => place),
    sourceCount: event._count.citations,
    updatedAt: event.updatedAt.toISOString(),
    url: `${siteUrl}/events/${event.slug}`,
  };
}

/**
 * The list's conditions. `actorId` is the published actor at `input.actor`'s public address (a
 * protected person's is their withheld slug: the one made from their name finds nothing).
 */
function whereOf(
  input: EventListInput,
  matching: string[] | null,
  actorId: string | undefined,
  actorIds: string[] | undefined,
): Prisma.EventWhereInput {
  const and: Prisma.EventWhereInput[] = [publishedEvent];
  if (matching) and.push({ id: { in: matching } });
  if (input.topic)
    and.push({ topics: { some: { topic: { slug: input.topic, ...publishedTopic } } } });
  if (input.place)
    and.push({ places: { some: { place: { slug: input.place, ...publishedPlace } } } });
  if (actorId) and.push({ actors: { some: { actorId } } });
  if (input.year !== undefined) {
    and.push({
      startDate: {
        gte: parseIsoDate(`${input.year}-01-01`),
        lte: parseIsoDate(`${input.year}-12-31`),
      },
    });
  }
  if (input.from) and.push({ startDate: { gte: parseIsoDate(input.from) } });
  if (input.to) and.push({ startDate: { lte: parseIsoDate(input.to) } });
  and.push(...facetListConditions(input, actorIds));
  return { AND: and };
}

/** The column a list sorts by: when the event happened, or when it was last published or corrected. */
const sortColumn = (sort: EventListInput["sort"]) =>
  sort === "updated" ? ("updatedAt" as const) : ("startDate" as const);

/**
 * The events after the cursor's position in (sort column, id) order, whether or not the event it
 * was made from is still published. Written out rather than with Prisma's `cursor`, which compiles
 * to `(column = c AND id <= c) OR column < c`: Postgres cannot scan an index range for that OR, so
 * every later page read and sorted most of the table. The bound on the column alone gives the
 * index its range.
 */
async function afterCursor(
  db: Db,
  cursor: string,
  { sort, order }: Pick<EventListInput, "sort" | "order">,
): Promise<Prisma.EventWhereInput> {
  const column = sortColumn(sort);
  // The cursor carries the position; an id-only cursor of an older page is looked up.
  const { key: value, id } = (await cursorPosition(cursor, dateKey, async (candidate) => {
    const row = await db.event.findFirst({
      where: { id: candidate, ...publishedEvent },
      select: { startDate: true, updatedAt: true },
    });
    return row && row[column];
  }))!;
  return order === "desc"
    ? {
        [column]: { lte: value },
        OR: [{ [column]: { lt: value } }, { [column]: value, id: { lt: id } }],
      }
    : {
        [column]: { gte: value },
        OR: [{ [column]: { gt: value } }, { [column]: value, id: { gt: id } }],
      };
}

/**
 * Published events, newest first unless asked otherwise (by date, or by last publication), with
 * keyset pagination on (that column, id).
 */
export async function listEvents(
  db: Db,
  input: EventListInput,
  ctx: SiteContext,
): Promise<EventListOutput> {
  const after = input.cursor ? await afterCursor(db, input.cursor, input) : undefined;
  const matching = input.q ? await matchingIds(db, "event", input.q) : null;
  if (matching?.length === 0) return { items: [], nextCursor: null, total: 0 };
  const actorId = input.actor ? await publicActorIdBySlug(db, input.actor) : undefined;
  if (actorId === null) return { items: [], nextCursor: null, total: 0 };
  const actorIds = input.actors?.length ? await publicActorIds(db, input.actors) : undefined;
  const where = whereOf(input, matching, actorId, actorIds);
  const pageRows = async () => {
    const rows = await db.event.findMany({
      where: after ? { AND: [where, after] } : where,
      select: eventSummarySelect,
      orderBy: [{ [sortColumn(input.sort)]: input.order }, { id: input.order }],
      take: input.limit + 1,
    });
    return withSourceCounts(db, rows);
  };
  const countAll = async () =>
    (await countLinkedEvents(db, input, actorId)) ?? db.event.count({ where });
  const [rows, total] = await Promise.all([pageRows(), countAll()]);
  const column = sortColumn(input.sort);
  const { page, nextCursor } = keysetPageOf(rows, input.limit, (e) => e[column]);
  return { items: page.map((e) => toEventSummary(e, ctx.siteUrl)), nextCursor, total };
}

const RELATED_CANDIDATES = 500;
const RELATED_LIMIT = 5;

/** Published events sharing a visible topic, place or actor with `event`, nearest in date first. */
export async function relatedEvents(
  db: Db,
  event: { id: string; startDate: Date },
  links: { topicIds: string[]; placeIds: string[]; actorIds: string[] },
  siteUrl: string,
): Promise<EventSummary[]> {
  const shared: Prisma.EventWhereInput[] = [];
  if (links.topicIds.length) shared.push({ topics: { some: { topicId: { in: links.topicIds } } } });
  if (links.placeIds.length) shared.push({ places: { some: { placeId: { in: links.placeIds } } } });
  if (links.actorIds.length) shared.push({ actors: { some: { actorId: { in: links.actorIds } } } });
  if (!shared.length) return [];
  const where = { ...publishedEvent, id: { not: event.id }, OR: shared };
  // Relevance first: a shared topic says more than a shared place, and a place more than an actor
  // (many events share "the government"); nearness in date breaks ties. Scored in memory over a
  // bounded candidate set, then only the winners are loaded in full.
  const candidates = await db.event.findMany({
    where,
    select: {
      id: true,
      startDate: true,
      topics: { select: { topicId: true } },
      places: { select: { placeId: true } },
      actors: { select: { actorId: true } },
    },
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
    take: RELATED_CANDIDATES,
  });
  const topicIds = new Set(links.topicIds);
  const placeIds = new Set(links.placeIds);
  const actorIds = new Set(links.actorIds);
  const score = (c: (typeof candidates)[number]) =>
    3 * c.topics.filter((t) => topicIds.has(t.topicId)).length +
    2 * c.places.filter((p) => placeIds.has(p.placeId)).length +
    new Set(c.actors.filter((a) => actorIds.has(a.actorId)).map((a) => a.actorId)).size;
  const distance = (c: { startDate: Date }) =>
    Math.abs(c.startDate.getTime() - event.startDate.getTime());
  const chosen = candidates
    .map((c) => ({ id: c.id, startDate: c.startDate, score: score(c) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        distance(a) - distance(b) ||
        a.startDate.getTime() - b.startDate.getTime() ||
        (a.id < b.id ? -1 : 1),
    )
    .slice(0, RELATED_LIMIT)
    .map((c) => c.id);
  const rows = await withSourceCounts(
    db,
    await db.event.findMany({ where: { id: { in: chosen } }, select: eventSummarySelect }),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return chosen.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toEventSummary(row, siteUrl)] : [];
  });
}

/**
 * An event's published actors as the public sees them (a protected person by pseudonym), one entry
 * per actor and role, by that name.
 */
export function publicEventActors(links: { actor: PublicActorRow; role: string }[]) {
  return links
    .map(({ actor, role }) => {
      const shown = publicActor(actor);
      return { ...shown, kind: lower(shown.kind), role };
    })
    .sort((a, b) => byPublicName(a, b) || a.role.localeCompare(b.role));
}

/** One published event with its body, actors, footnotes and related events. */
export async function getEventBySlug(
  db: Db,
  input: EventBySlugInput,
  ctx: SiteContext,
): Promise<EventDetail> {
  const event = await db.event.findFirst({
    where: { slug: input.slug, ...publishedEvent },
    include: {
      ...summaryRelations,
      actors: {
        where: { actor: publishedActor },
        include: { actor: { select: publicActorSelect } },
      },
      citations: visibleCitations,
    },
  });
  if (!event) throw notFound("Event");
  const related = await relatedEvents(
    db,
    event,
    {
      topicIds: event.topics.map((t) => t.topicId),
      placeIds: event.places.map((p) => p.placeId),
      actorIds: [...new Set(event.actors.map((a) => a.actorId))],
    },
    ctx.siteUrl,
  );
  // Its visible citations are what sourceCount counts, so they need no second count.
  const sourceCount = { citations: event.citations.length };
  return {
    ...toEventSummary({ ...event, _count: sourceCount }, ctx.siteUrl),
    body: event.body,
    actors: publicEventActors(event.actors),
    citations: event.citations.map(toCitation),
    publishedAt: toInstantOrNull(event.publishedAt),
    lastUpdateNote: event.lastUpdateNote,
    related,
  };
}
