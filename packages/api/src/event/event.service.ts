import type { Db, Prisma } from "@kz/db";

import type { Actor } from "../actor";
import { toIsoDate, parseIsoDate } from "../shared/dates";
import { decodeCursor, encodeCursor } from "../shared/pagination";
import { publishedEvent, publishedTopic } from "../shared/visibility";
import type { EventListInput, EventListOutput, EventSummary } from "./event.schema";

interface ListContext {
  siteUrl: string;
}

const summaryInclude = {
  topics: {
    where: { topic: publishedTopic },
    orderBy: { position: "asc" },
    include: { topic: true },
  },
  places: { include: { place: true } },
  _count: { select: { citations: true } },
} satisfies Prisma.EventInclude;

type EventWithSummary = Prisma.EventGetPayload<{ include: typeof summaryInclude }>;

function toSummary(event: EventWithSummary, siteUrl: string): EventSummary {
  return {
    id: event.id,
    slug: event.slug,
    title: event.title,
    summary: event.summary,
    startDate: toIsoDate(event.startDate),
    endDate: event.endDate ? toIsoDate(event.endDate) : null,
    datePrecision: event.datePrecision.toLowerCase() as EventSummary["datePrecision"],
    topics: event.topics.map(({ topic }) => ({ slug: topic.slug, name: topic.name })),
    places: event.places
      .filter(({ place }) => place.deletedAt === null)
      .map(({ place }) => ({ slug: place.slug, name: place.name })),
    sourceCount: event._count.citations,
    url: `${siteUrl}/events/${event.slug}`,
  };
}

function whereOf(input: EventListInput): Prisma.EventWhereInput {
  const and: Prisma.EventWhereInput[] = [publishedEvent];
  if (input.q) {
    and.push({
      OR: [
        { title: { contains: input.q, mode: "insensitive" } },
        { summary: { contains: input.q, mode: "insensitive" } },
        { body: { contains: input.q, mode: "insensitive" } },
      ],
    });
  }
  if (input.topic)
    and.push({ topics: { some: { topic: { slug: input.topic, ...publishedTopic } } } });
  if (input.place) and.push({ places: { some: { place: { slug: input.place } } } });
  if (input.actor) and.push({ actors: { some: { actor: { slug: input.actor } } } });
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
  return { AND: and };
}

/** Published events, newest first unless asked otherwise, with keyset pagination on (startDate, id). */
export async function listEvents(
  db: Db,
  input: EventListInput,
  _actor: Actor | null,
  ctx: ListContext,
): Promise<EventListOutput> {
  const where = whereOf(input);
  const cursorId = input.cursor ? decodeCursor(input.cursor) : undefined;
  const [rows, total] = await Promise.all([
    db.event.findMany({
      where,
      include: summaryInclude,
      orderBy: [{ startDate: input.order }, { id: input.order }],
      take: input.limit + 1,
      ...(cursorId ? { cursor: { id: cursorId }, skip: 1 } : {}),
    }),
    db.event.count({ where }),
  ]);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((e) => toSummary(e, ctx.siteUrl)),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last.id) : null,
    total,
  };
}
